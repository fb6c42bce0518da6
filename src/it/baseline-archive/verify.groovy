// postmortem:baseline wrote today's finding; postmortem:check then passed and said it did not count it
def baseline = new File(basedir, 'postmortem-baseline.txt').getText('UTF-8')
assert baseline.endsWith("2025/06.queue.lost-acks.md\taction-plan\taction item 'Make acks synchronous on shutdown' has no owner\n")
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Postmortem check: 0 errors, 0 warnings in 1 postmortem; 1 finding in postmortem-baseline.txt not counted')
assert !log.contains("[ERROR] 2025/06.queue.lost-acks.md")
