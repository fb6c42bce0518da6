// the archive is a git repository of its own with the old layout committed, so the import's renames can be checked
def git(String... args) {
    def command = ['git', '-c', 'user.name=Mira Patel', '-c', 'user.email=mira@example.com', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : "git ${args.join(' ')}: ${output}"
    output
}
git('init', '-q', '-b', 'main')
git('add', 'incidents')
git('commit', '-q', '-m', 'postmortems as the team kept them')
return true
