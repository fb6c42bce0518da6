// postmortem:search answers from the index the site build left in target/site-index
assert new File(basedir, 'target/site-index').isDirectory()
assert new File(basedir, 'target/site/search.html').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^1\t[0-9.]+\t2025\/04\.queue\.stuck-consumers\.html\tOrder queue consumers stuck for an hour$/
assert log.contains(' 1. Order queue consumers stuck for an hour')
assert log.contains('    2025/04.queue.stuck-consumers.html')
// -Doutput writes exactly the results; the score is the one the tsv run printed for the same query
def score = (log =~ /(?m)^1\t([0-9.]+)\t2025\/04\.queue\.stuck-consumers\.html\t/)[0][1]
def json = new File(basedir, 'target/search.json').getBytes()
def snippet = (new String(json, 'UTF-8') =~ /"snippet": ("[^"]*")/)[0][1]
assert new String(json, 'UTF-8') == '[\n  {"rank": 1, "score": ' + score + ', "page": "2025/04.queue.stuck-consumers.html", "title": "Order queue consumers stuck for an hour", "snippet": ' + snippet + '}\n]\n'
assert snippet.toLowerCase().contains('[consumers]')
// the text format starts with the page's summary line; a filter of the query language narrows
assert log.contains('1 postmortem matches.\n 1. Order queue consumers stuck for an hour')
// any pasted text is searched as its words ("consumers/broker(stuck"), all three found in the one postmortem
assert log =~ /(?m)^1\t[0-9.]+\t2025\/04\.queue\.stuck-consumers\.html\tOrder queue consumers stuck for an hour$/
// an unknown field is searched as words, with a note on the log
assert log.contains('[WARNING] "owner:" is not a search field (system, severity, year, status, ttr, ttd, after, before); searched as words.')
// a four-letter typo is offered its word
assert log.contains('No postmortem matches.\nDid you mean: hour\n')
// "-system:queue" leaves the one postmortem out; "paymnts" is no system of the archive, and the log says so
assert log.count('No postmortem matches.') == 2
assert log.contains('[WARNING] No postmortem has system "paymnts".')
