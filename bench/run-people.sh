#!/usr/bin/env bash
# The people registry benchmark: bench/run-people.sh [small|full] [options of PeopleBenchmark, e.g. --duke-count 100000]
# (small = 100,000 people, full = 1,000,000; matching is compared with Duke on all of them at small, on the first
# 200,000 at full, unless --duke-count says otherwise or --duke false).
# Uses SAFAR_DB_URL (an empty database) when set; otherwise creates a throwaway database safar_bench_<random> on
# the PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres) and drops it at the end.
# Results go to bench/results/<date>-people-<scale>.md. Never part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=${1:-small}
case "$scale" in
  small) count=100000; duke=() ;;
  # Duke keeps every record on the heap: at 1M it does not fit the 512 MB the benchmark runs in, so by default the
  # full run compares on the first 200,000 records (both tools; the table says so). A later --duke-count overrides.
  full)  count=1000000; duke=(--duke-count 200000) ;;
  *) echo "usage: $0 [small|full] [--duke true|false] [--duke-count N] [--duke-store lucene|blocking]" >&2; exit 2 ;;
esac
shift $(( $# > 0 ? 1 : 0 ))

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
if [[ -z "${SAFAR_DB_URL:-}" ]]; then
  pg_isready -q || { echo "PostgreSQL is not up at $PGHOST:$PGPORT" >&2; exit 1; }
  database="safar_bench_$(printf '%04x%04x' $RANDOM $RANDOM)"
  createdb "$database"
  trap 'dropdb --if-exists "$database"' EXIT
  url="jdbc:postgresql://$PGHOST:$PGPORT/$database"
  export SAFAR_DB_USER=${SAFAR_DB_USER:-$PGUSER}
else
  url=$SAFAR_DB_URL
fi

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.safar.bench.PeopleBenchmark --url "$url" --count "$count" --queries 10000 --scale "$scale" \
  --out bench/results --command "bench/run-people.sh $scale${*:+ $*}" ${duke[@]+"${duke[@]}"} "$@"
