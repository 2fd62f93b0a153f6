#!/usr/bin/env bash
# Content delivery benchmark (run by hand, not in CI): requests per second for a 10 KB package
# file with 64 connections, in one run, from
#   1. Godstart's content origin (the embedded listener of the run command, signed address),
#   2. plain nginx serving the same directory of the content store (no check at all),
#   3. the production layout: nginx with docker/nginx/nginx.conf, checking the signature itself
#      (secure_link; its njs module only reads the environment: needs Debian's libnginx-mod-http-js).
#
#   mvn -Prun package            # in another terminal (data in ./data)
#   bench/content.sh [base-url] [seconds] [data-dir]     (ROUNDS=3 by default)
#
# Targets (issue 13): content origin >= 0.5 x nginx; the production layout >= 0.8 x nginx.
# Needs wrk, nginx and bc (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
DURATION=${2:-20}
ROUNDS=${ROUNDS:-3}
DATA=$(cd "${3:-data}" && pwd)
WORK=$(pwd)/target/bench/content
NGINX_PORT=8091
mkdir -p "$WORK"
for tool in wrk nginx bc; do
  command -v $tool > /dev/null || [ -x /usr/sbin/$tool ] || { echo "$tool is missing: apt-get install $tool"; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# A package with one 10 KB file, uploaded as the demo author.
python3 - "$WORK/ten.zip" <<'PY'
import sys, zipfile
manifest = open("modules/notatpligt/imsmanifest.xml", encoding="utf-8").read()
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("imsmanifest.xml", manifest)
    z.writestr("index.html", "<!DOCTYPE html><title>x</title>")
    for name in ("common/godstart-sco.js", "common/godstart-sco.css"):
        z.writestr(name, "/* */")
    z.writestr("ti-kb.js", ("// " + "godstart " * 1200)[:10240])
PY
UPLOADED=$(curl -s -H 'Authorization: Bearer demo-forfatter-token' -F "file=@$WORK/ten.zip" "$BASE/api/v1/modules")
MODULE=$(echo "$UPLOADED" | sed -E 's/.*"id":([0-9]+),.*/\1/')
# Sofie's mentor opens the module for her (as the demo admin), so that she may open it.
ENROLLMENT=$(curl -s -H 'Authorization: Bearer demo-admin-token' "$BASE/api/v1/enrollments?employee=nyansat" | sed -E 's/.*"id":([0-9]+).*/\1/')
curl -s -o /dev/null -H 'Authorization: Bearer demo-admin-token' -H 'Content-Type: application/json' \
  -d "{\"moduleId\": $MODULE}" "$BASE/api/v1/enrollments/$ENROLLMENT/releases"

# Sofie signs in as a browser does and opens the player page, which hands out the signed address.
JAR="$WORK/cookies.txt"; rm -f "$JAR"
STATE=$(curl -s -c "$JAR" "$BASE/signin.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$BASE/signin.xhtml" \
  --data-urlencode "signin=signin" --data-urlencode "signin:username=nyansat" \
  --data-urlencode "signin:password=godstart" --data-urlencode "signin:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$STATE"
CONTENT_BASE=$(curl -s -b "$JAR" "$BASE/player/play.xhtml?module=$MODULE" | grep -o '"contentBase":"[^"]*"' | sed -E 's/.*:"(.*)"/\1/')
[ -n "$CONTENT_BASE" ] || { echo "no content address on the player page"; exit 1; }
URL="${CONTENT_BASE}ti-kb.js"
KEY=$(echo "$CONTENT_BASE" | sed -E 's#^https?://[^/]+/([^/]+)/.*#\1#')
SIGNED_PATH=$(echo "$CONTENT_BASE" | sed -E 's#^https?://[^/]+##')

# Plain nginx on the content store's directory, two workers like the two cores.
cat > "$WORK/nginx.conf" <<CONF
# Workers run as root here only so that they may read the data directory; a bench, not a server.
user root;
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  types { text/javascript js; }
  server { listen 127.0.0.1:$NGINX_PORT; root $DATA/content/packages; }
}
CONF
$NGINX -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' &
PIDS=$!
PLAIN_MASTER=$!
trap 'kill $PIDS 2>/dev/null' EXIT
NGINX_URL="http://127.0.0.1:$NGINX_PORT/$KEY/ti-kb.js"

# The production layout: docker/nginx/nginx.conf itself, on its port 8082.
PROD_URL=""
if [ -f /usr/lib/nginx/modules/ngx_http_js_module.so ]; then
  GODSTART_CONTENT_DIR="$DATA/content" GODSTART_CONTENT_KEY="$(cat "$DATA/keys/content.key")" \
    GODSTART_ORIGIN="$BASE" \
    $NGINX -c "$(pwd)/docker/nginx/nginx.conf" -p "$WORK" \
      -g "daemon off; user root; pid $WORK/production.pid; error_log $WORK/production-error.log;" &
  PIDS="$PIDS $!"
  PROD_MASTER=$!
  trap 'kill $PIDS 2>/dev/null' EXIT
  PROD_URL="http://127.0.0.1:8082${SIGNED_PATH}ti-kb.js"
fi
sleep 1

# Each server must answer the file itself: a refusal is small and fast, and a port already taken
# by another server would measure that one instead.
check() {
  local answer
  answer=$(curl -s -o /dev/null -w "%{http_code} %{size_download}" "$2")
  echo "$1 check: $answer bytes"
  [ "$answer" = "200 10240" ] || { echo "$1 does not serve the 10 KB file: stopping"; exit 1; }
}
for master in $PIDS; do
  kill -0 "$master" 2> /dev/null || { echo "an nginx did not start (port taken?): see $WORK/*error.log"; exit 1; }
done
check "content origin" "$URL"
check "nginx         " "$NGINX_URL"
[ -z "$PROD_URL" ] || check "production    " "$PROD_URL"
rps() { wrk -t2 -c64 -d"$1" "$2" | awk '/Requests\/sec/ {print $2}'; }

for url in "$NGINX_URL" "$URL" $PROD_URL; do rps 5s "$url" > /dev/null; done
# The machine may be shared: the ratios of one run are what counts, and the load says how noisy.
# nginx runs right before each of the others, so that each ratio compares neighbouring measurements.
# On a loaded machine requests per second mostly measure the share of the processor each server
# gets; the CPU time its workers spend per request (nginx only: its workers are the master's
# children) does not depend on that share, so it is printed too.
ticks() { local t=0 w; for w in $(pgrep -P "$1"); do t=$((t + $(awk '{print $14 + $15}' "/proc/$w/stat"))); done; echo $t; }
# measure <url> [nginx master]: sets RPS, and CPU (microseconds per request) when a master is given.
measure() {
  local before after out requests
  before=$([ -z "${2:-}" ] || ticks "$2")
  out=$(wrk -t2 -c64 -d"${DURATION}s" "$1")
  after=$([ -z "${2:-}" ] || ticks "$2")
  RPS=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  CPU=$([ -z "${2:-}" ] || echo "scale=1; ($after - $before) * 1000000 / $(getconf CLK_TCK) / $requests" | bc)
}
echo "load before: $(uptime | sed -E 's/.*load average: //')"
# Several rounds, each ratio taken against nginx measured right before it; the median ratio is the
# answer (one round on a shared machine can be off by 0.1 either way).
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
ORIGIN_RATIOS=""; PROD_RATIOS=""; PROD_CPU_RATIOS=""
for round in $(seq 1 "$ROUNDS"); do
  measure "$NGINX_URL" "$PLAIN_MASTER"; nginx_rps=$RPS; nginx_cpu=$CPU
  measure "$URL"; godstart_rps=$RPS
  ratio=$(echo "scale=2; $godstart_rps / $nginx_rps" | bc); ORIGIN_RATIOS="$ORIGIN_RATIOS $ratio"
  echo "round $round: nginx $nginx_rps/s ($nginx_cpu us CPU per request), content origin $godstart_rps/s ($ratio x)"
  if [ -n "$PROD_URL" ]; then
    measure "$NGINX_URL" "$PLAIN_MASTER"; nginx_rps=$RPS; nginx_cpu=$CPU
    measure "$PROD_URL" "$PROD_MASTER"; prod_rps=$RPS; prod_cpu=$CPU
    ratio=$(echo "scale=2; $prod_rps / $nginx_rps" | bc); PROD_RATIOS="$PROD_RATIOS $ratio"
    cpu_ratio=$(echo "scale=2; $nginx_cpu / $prod_cpu" | bc); PROD_CPU_RATIOS="$PROD_CPU_RATIOS $cpu_ratio"
    echo "round $round: nginx $nginx_rps/s ($nginx_cpu us CPU per request), production layout $prod_rps/s ($ratio x; $prod_cpu us CPU per request, nginx's / this: $cpu_ratio)"
  fi
done
echo "content origin: $(echo $ORIGIN_RATIOS | tr ' ' '\n' | median) x nginx (median of$ORIGIN_RATIOS; target >= 0.5)"
if [ -n "$PROD_URL" ]; then
  echo "production:     $(echo $PROD_RATIOS | tr ' ' '\n' | median) x nginx (median of$PROD_RATIOS; target >= 0.8)"
  echo "                CPU per request, nginx's / this: $(echo $PROD_CPU_RATIOS | tr ' ' '\n' | median) (median of$PROD_CPU_RATIOS)"
fi
echo "load after:  $(uptime | sed -E 's/.*load average: //')"
