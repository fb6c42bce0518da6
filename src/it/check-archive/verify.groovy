// postmortem:check fails on an action item without an owner, says where, and annotates for GitHub
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] 2025/06.queue.lost-acks.md:27: error: action item 'Make acks synchronous on shutdown' has no owner [action-plan]")
assert log.contains("::error file=2025/06.queue.lost-acks.md,line=27,title=action-plan::action item 'Make acks synchronous on shutdown' has no owner")
assert log.contains('Postmortem check: 1 error, 0 warnings in 1 postmortem')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
// the check also read the site that the site goal built just before, and found its links whole
assert new File(basedir, 'target/site/index.html').isFile()
assert !log.contains('[site-link]')
