#!/usr/bin/env bash
# Safar's benchmark harness: bench/run.sh [small|full] [--option value ...] (options of org.safar.bench.Harness)
#   small: 100,000 people, 500,000 cases (about 10 minutes); full: 1,000,000 people, 5,000,000 cases (about 15
#   minutes with --import-rows 20000; the import is the slow part).
# Every figure is measured beside a baseline in the same run (see org.safar.bench.Harness). Uses SAFAR_DB_URL (an
# empty database) when set; otherwise creates a throwaway database safar_bench_<random> on the PostgreSQL at
# PGHOST:PGPORT (default 127.0.0.1:5432, user postgres) and drops it at the end. Installs Chromium from Debian when
# it is missing and the script runs as root. Results go to bench/results/<date>-<scale>.md. Never part of
# ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=${1:-small}
shift || true   # further options go to the harness, e.g. --import-rows 20000 --duke-count 100000
case "$scale" in
  small|full) ;;
  *) echo "usage: $0 [small|full]" >&2; exit 2 ;;
esac

if [[ ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  else
    echo "Chromium is needed for the page-weight benchmark: apt-get install chromium (as root)" >&2; exit 1
  fi
fi

if ! command -v pgbench >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-contrib >/dev/null
  else
    echo "pgbench is needed for the HTTP benchmark: apt-get install postgresql-contrib (as root)" >&2; exit 1
  fi
fi

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

./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -Xmx1g \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.safar.bench.Harness --url "$url" --scale "$scale" --jar target/safar.jar \
  --out bench/results --command "bench/run.sh $scale${*:+ $*}" "$@"
