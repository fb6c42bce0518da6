// postmortem:check fails on an action item without an owner, says where, and annotates for GitHub
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] 2025/06.queue.lost-acks.md:29: error: action item 'Make acks synchronous on shutdown' has no owner [action-plan]")
assert log.contains("::error file=2025/06.queue.lost-acks.md,line=29,title=action-plan::action item 'Make acks synchronous on shutdown' has no owner")
assert log.contains('Postmortem check: 1 error, 0 warnings in 1 postmortem')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
// the check also read the site that the site goal built just before, and found its links whole
assert new File(basedir, 'target/site/index.html').isFile()
assert !log.contains('[site-link]')
// machine-readable reports under target/: SARIF for code scanning, JUnit XML for CI test views
def sarif = new File(basedir, 'target/postmortem-check.sarif').getText('UTF-8')
assert sarif.contains('{"ruleId": "action-plan", "ruleIndex": 0, "level": "error", "message": {"text": "action item \'Make acks synchronous on shutdown\' has no owner"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "2025/06.queue.lost-acks.md", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 29}}}]}')
def junit = new File(basedir, 'target/TEST-postmortem-check.xml').getText('UTF-8')
assert junit.contains('<testsuite name="postmortem:check" tests="1" failures="1" errors="0" skipped="0">')
assert junit.contains('<failure type="action-plan" message="2025/06.queue.lost-acks.md:29: error: action item \'Make acks synchronous on shutdown\' has no owner [action-plan]">')
