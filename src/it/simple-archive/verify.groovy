// mvn site on an archive that declares the plugin builds the postmortem site into target/site
def site = new File(basedir, 'target/site')
def page = new File(site, '2025/04.queue.stuck-consumers.html')
assert page.isFile()
assert page.getText('UTF-8').contains('<h1>Order queue consumers stuck for an hour</h1>')
assert new File(site, '2025/04.queue.stuck-consumers/broker.log').isFile()
assert new File(site, 'systems/queue.html').isFile()
def index = new File(site, 'index.html').getText('UTF-8')
assert index.contains('<title>IT postmortems</title>')
assert !new File(site, 'project-info.html').exists() : 'maven-site-plugin pages stay out of the way'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Postmortem site: 1 postmortems')
