// mvn site on a project that lists the plugin under <reporting>: the archive is built into target/site/postmortems
// and the project's reports menu links to it
def site = new File(basedir, 'target/site')
def archive = new File(site, 'postmortems/index.html')
assert archive.isFile()
assert archive.getText('UTF-8').contains('<title>Queue service postmortems</title>')
assert new File(site, 'postmortems/2025/04.queue.stuck-consumers.html').isFile()
assert new File(site, 'postmortems/2025/04.queue.stuck-consumers/broker.log').isFile()
assert !new File(site, 'postmortems-index').exists() : 'the search index stays out of the published site'
def reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports.contains('<a href="postmortems/index.html">Postmortems</a>')
def menu = (reports =~ /Project Reports<\/a>\s*<ul class="nav nav-list">\s*<li><a href="postmortems\/index.html">Postmortems<\/a><\/li>/)
assert menu.find() : 'the Project Reports menu has a Postmortems entry'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Postmortems report: 1 postmortems')
