#!/usr/bin/env bash
# Search benchmark: prints numbers, asserts nothing. Not part of `mvn verify`.
#   bench/search-benchmark.sh [COUNT=1000] [WORKDIR=target/search-bench] [PAGEFIND=-] [ARCHIVE...]
# Generates an archive of COUNT postmortems (bench/generate, seed 7; COUNT 0 skips it), then for it and for each
# further ARCHIVE (a directory of YYYY/MM.system.event.md, e.g. real postmortems filed by postmortem:import) builds
# our site and, given PAGEFIND (a Pagefind 1.x binary, e.g. node_modules/@pagefind/linux-x64/bin/pagefind_extended),
# a Hugo site of the same Markdown indexed by Pagefind, draws labelled queries from the archive (title, two rare
# words, prefix, typo, query language; PER_KIND=40 each) and runs them through both in headless Chromium: ours as
# search.html?q=... from file://, Pagefind over HTTP. Prints success at 1/5/10 and MRR per kind, bytes and ms per query.
# REUSE_HUGO=true keeps a Hugo + Pagefind build left in WORKDIR; REUSE_SITE=true our site (to time the page again). Needs hugo, /usr/bin/chromium and chromedriver.
# GEN_ARCHIVE names shared/bench/gen_archive.py when it is not beside the repository. Extra Maven options (such as
# -Dmaven.repo.local=... -o) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
work=$(mkdir -p "${2:-target/search-bench}" && cd "${2:-target/search-bench}" && pwd)
pagefind=${3:--}
[[ $pagefind == - ]] || pagefind=$(cd "$(dirname "$pagefind")" && pwd)/$(basename "$pagefind")
shift $(( $# < 3 ? $# : 3 ))
archives=()
if [[ $count != 0 ]]; then
    generated=$work/generated-$count
    if [[ ! -d $generated ]]; then
        bench/generate "$count" "$generated" 7 >/dev/null
    fi
    archives+=("$generated")
fi
for a in "$@"; do archives+=("$(cd "$a" && pwd)"); done

mvn -B -q ${MAVEN_ARGS:-} test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
cp=target/classes:target/test-classes:$(cat target/bench-classpath.txt)
for a in "${archives[@]}"; do
    echo "== $a"
    java -Xmx2g -DperKind="${PER_KIND:-40}" -DreuseHugo="${REUSE_HUGO:-false}" -DreuseSite="${REUSE_SITE:-false}" -cp "$cp" io.github.postmortems.index.SearchBenchmark \
        "$a" "$work/$(basename "$a")" "$pagefind"
done
