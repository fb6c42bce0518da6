// both of the recipes' commands ran (invoker fails the IT when either build fails): the check passed, and the
// site was built with its absolute base URL
def feed = new File(basedir, 'target/site/feed.xml').getText('UTF-8')
assert feed.contains('https://example.gitlab.io/postmortems/2025/06.billing.invoice-run-stalled.html')
