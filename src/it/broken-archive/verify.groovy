// a broken archive fails the build with every file:line message and writes no site
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] 2025/04.queue.wrong-month.md:3: error: Date 2025-05-02 is in 2025-05 but the file name says 2025-04; fix the Date or move the file [date-mismatch]')
assert log.contains('[ERROR] 2025/queue.md:1: error: file name is not MM.system.event.md (for example 03.payments.card-timeouts.md) [file-name]')
assert log.contains('2 errors in the postmortem archive; nothing was written')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
assert !new File(basedir, 'target/site/index.html').exists()
