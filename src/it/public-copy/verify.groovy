// -Dpostmortem.variant=public: the internal postmortem, the internal section and the people's names stay out
def site = new File(basedir, 'target/site')
def page = new File(site, '2025/04.queue.stuck-consumers.html').getText('UTF-8')
assert page.contains('<dd>an engineer</dd>') : 'Dana Scully, whom roles.yml does not list, is an engineer'
assert page.contains('queue lead restarted them')
assert !new File(site, '2025/05.queue.ledger-drift.html').exists()
site.eachFileRecurse { f ->
    if (f.isFile()) {
        def text = f.getText('UTF-8')
        for (marker in ['Dana', 'Scully', '@dana', 'Wolframite', 'Ledger drift', 'ledger-drift']) {
            assert !text.contains(marker) : "${f}: ${marker}"
        }
    }
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Postmortem site: 1 postmortems')
