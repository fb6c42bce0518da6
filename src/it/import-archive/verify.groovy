// the dry run printed the plan and moved nothing; -Dapply moved the files with their attachment, staged the renames
// and changed the links; the site has a page for each
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('(dry run: -Dapply moves the files)')
assert log.contains('[INFO] 2 postmortems to move with 1 attachment; 1 left where they are (0 in collisions, 1 that cannot be placed)')
assert log.contains('[INFO] cannot place PM2024-004 - Rounding failure.md: no system (none in its front matter as system, service, affected, product or component, nor a folder named after one; pass -Dsystem=NAME)')

assert log.contains('[INFO] 3 postmortems to move with 1 attachment; 0 left where they are (0 in collisions, 0 that cannot be placed)')
assert log.contains("[INFO] _posts/2024-09-03-checkout-errors.md -> 2024/09.checkout.errors.md (day: front matter 'date'; system: front matter 'service')")
assert log.contains('[INFO]   images/checkout-errors.png -> 2024/09.checkout.errors/checkout-errors.png')
assert log.contains("[INFO] PM2024-004 - Rounding failure.md -> 2024/04.platform.rounding-failure.md (day: Date line 3; system: -Dsystem)")
assert log.contains("[INFO] issues/2024-10-02-slow-search.md -> 2024/10.search.slow-search.md (day: front matter 'date'; system: front matter 'affected')")
assert log.contains('[INFO] Moved 3 postmortems and 1 attachment; 2 links rewritten in 1 file')
assert log.contains('[INFO] Staged in git as renames (as git mv does): 4 files; the links changed in 1 file are not staged: commit the renames first, then the links, so that git follows every file')

// git sees exact renames in the index and the link change in the work tree
def status = new ProcessBuilder('git', 'status', '--porcelain', '--untracked-files=no').directory(basedir)
        .redirectErrorStream(true).start().inputStream.getText('UTF-8')
assert status == '''R  "incidents/PM2024-004 - Rounding failure.md" -> 2024/04.platform.rounding-failure.md
RM incidents/_posts/2024-09-03-checkout-errors.md -> 2024/09.checkout.errors.md
R  incidents/images/checkout-errors.png -> 2024/09.checkout.errors/checkout-errors.png
R  incidents/issues/2024-10-02-slow-search.md -> 2024/10.search.slow-search.md
'''

def moved = new File(basedir, '2024/09.checkout.errors.md').getText('UTF-8')
assert moved.contains('[rounding failure](04.platform.rounding-failure.md)')
assert moved.contains('![Errors per minute](09.checkout.errors/checkout-errors.png)')
assert new File(basedir, '2024/09.checkout.errors/checkout-errors.png').isFile()
assert !new File(basedir, 'incidents').exists()

def site = new File(basedir, 'target/site')
['2024/09.checkout.errors.html', '2024/04.platform.rounding-failure.html', '2024/10.search.slow-search.html',
 '2024/09.checkout.errors/checkout-errors.png'].each { assert new File(site, it).isFile() : it }
return true
