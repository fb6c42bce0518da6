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
// text that Lucene's syntax cannot read is searched as its words, with a warning, not refused
assert log.contains('[WARNING] The query is not Lucene query syntax (Cannot parse')
assert log =~ /(?m)^1\t[0-9.]+\t2025\/04\.queue\.stuck-consumers\.html\tOrder queue consumers stuck for an hour$/
