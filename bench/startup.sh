#!/usr/bin/env bash
# Start-up benchmark (run by hand, not in CI): starts the run command (mvn -Prun package) ROUNDS
# times on a warm build and an existing data directory, and for each start prints Payara's own
# "ready in", the seconds from the command to "Godstart is ready", and the resident memory of
# Payara and the embedded MariaDB once idle (IDLE seconds after ready; G1 gives back its free heap
# every 15 s). The first start after `mvn clean` (or with a new data directory) unpacks Payara,
# loads the demo and writes the class archive: run once before measuring.
#
#   bench/startup.sh [port] [data-dir]        (ROUNDS=3, IDLE=60 by default)
#
# Targets (issue 12): "ready in" <= 12 s; Payara + MariaDB <= 700 MB resident when idle.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8080}
DATA=$(mkdir -p "${2:-data}" && cd "${2:-data}" && pwd)
ROUNDS=${ROUNDS:-3}
IDLE=${IDLE:-60}
WORK=target/bench/startup
mkdir -p "$WORK"
rss() { ps -o rss= -p "$1" | awk '{print int($1 / 1024)}'; }
for round in $(seq "$ROUNDS"); do
  LOG="$WORK/run-$round.log"
  START=$(date +%s.%N)
  GODSTART_PORT=$PORT GODSTART_DATA_DIR=$DATA mvn -o -Prun package > "$LOG" 2>&1 &
  MVN=$!
  until grep -q "Godstart is ready\|BUILD FAILURE\|did not become ready" "$LOG"; do
    kill -0 $MVN 2> /dev/null || break
    sleep 0.2
  done
  READY=$(date +%s.%N)
  # CPU seconds Payara spent until ready, in all its threads and in its main thread (which deploys):
  # figures that depend less on what else the machine is doing than the time does.
  PAYARA=$(pgrep -f "payara-micro.*--port $PORT( |$)" | head -1)
  CPU=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$PAYARA/stat" 2> /dev/null || echo "?")
  MAIN_CPU=$(for task in /proc/"$PAYARA"/task/*; do [ "${task##*/}" != "$PAYARA" ] && [ "$(cat "$task/comm")" = java ] && awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "$task/stat" && break; done 2> /dev/null)
  if ! grep -q "Godstart is ready" "$LOG"; then
    echo "round $round: not ready; the end of $LOG:"
    tail -20 "$LOG"
    kill $MVN 2> /dev/null
    exit 1
  fi
  sleep "$IDLE"
  MARIADB=$(pgrep -f "mariadbd.*--datadir=$DATA/mariadb( |$)" | head -1)
  P=$(rss "$PAYARA")
  M=$(rss "$MARIADB")
  printf 'round %s: ready in %s s (command %.1f s; Payara CPU %s s, main thread %s s); idle RSS Payara %s MB + MariaDB %s MB = %s MB; load %s\n' \
    "$round" "$(grep -o 'ready in [0-9,.]* (ms)' "$LOG" | head -1 | tr -dc '0-9' | awk '{printf "%.1f", $1 / 1000}')" \
    "$(echo "$READY - $START" | bc)" "$CPU" "$MAIN_CPU" "$P" "$M" $((P + M)) "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill -TERM $MVN
  wait $MVN || true
done
