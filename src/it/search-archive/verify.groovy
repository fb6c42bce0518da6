// postmortem:search answers from the index the site build left in target/site-index
assert new File(basedir, 'target/site-index').isDirectory()
assert new File(basedir, 'target/site/search.html').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^1\t[0-9.]+\t2025\/04\.queue\.stuck-consumers\.html\tOrder queue consumers stuck for an hour$/
assert log.contains(' 1. Order queue consumers stuck for an hour')
assert log.contains('    2025/04.queue.stuck-consumers.html')
