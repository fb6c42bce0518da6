#!/usr/bin/env bash
# Search benchmark: prints numbers, asserts nothing. Not part of `mvn verify`.
#   bench/search-benchmark.sh [POSTMORTEMS=10000] [WORKDIR=target/bench] [PAGEFIND=-] [reuse]
# PAGEFIND is the path of a Pagefind 1.x binary, e.g. after `npm install pagefind@1` in a directory outside
# the repository: <that dir>/node_modules/.bin/pagefind. Needs node, /usr/bin/chromium and /usr/bin/chromedriver.
# Extra Maven options (such as -Dmaven.repo.local=...) can be passed in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MAVEN_ARGS:-} test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    io.github.postmortems.index.SearchBenchmark "${1:-10000}" "${2:-target/bench}" "${3:--}" "${4:-}"
