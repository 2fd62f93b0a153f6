#!/usr/bin/env bash
# Content delivery benchmark (run by hand, not in CI): requests per second for a 10 KB package
# file with 64 connections, from Godstart's /content/ (signed in as a hire, through the
# authorisation check) and from nginx serving the same extracted directory, in one run.
#
#   mvn -Prun package            # in another terminal
#   bench/content.sh [base-url] [seconds]
#
# Target (issue 4): Godstart >= 0.7 x nginx. Needs wrk and nginx (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
DURATION=${2:-20}
WORK=$(pwd)/target/bench/content
NGINX_PORT=8091
mkdir -p "$WORK"
for tool in wrk nginx; do
  command -v $tool > /dev/null || [ -x /usr/sbin/$tool ] || { echo "$tool is missing: apt-get install $tool"; exit 1; }
done

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
VERSION=$(echo "$UPLOADED" | sed -E 's/.*"versionId":([0-9]+).*/\1/')
MODULE=$(echo "$UPLOADED" | sed -E 's/.*"id":([0-9]+),.*/\1/')
# Sofie's mentor opens the module for her (as the demo admin), so that she may read its files.
ENROLLMENT=$(curl -s -H 'Authorization: Bearer demo-admin-token' "$BASE/api/v1/enrollments?employee=nyansat" | sed -E 's/.*"id":([0-9]+).*/\1/')
curl -s -o /dev/null -H 'Authorization: Bearer demo-admin-token' -H 'Content-Type: application/json' \
  -d "{\"moduleId\": $MODULE}" "$BASE/api/v1/enrollments/$ENROLLMENT/releases"
rm -rf "$WORK/root" && mkdir -p "$WORK/root" && (cd "$WORK/root" && unzip -q ../ten.zip)

# nginx on the same directory, two workers like the two cores.
cat > "$WORK/nginx.conf" <<CONF
# Workers run as root here only so that they may read the build directory; a bench, not a server.
user root;
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  types { text/javascript js; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/root; }
}
CONF
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
$NGINX -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' &
NGINX_PID=$!
trap 'kill $NGINX_PID 2>/dev/null' EXIT

# A signed-in hire's session: the form sign-in, as a browser does it.
JAR="$WORK/cookies.txt"; rm -f "$JAR"
STATE=$(curl -s -c "$JAR" "$BASE/signin.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$BASE/signin.xhtml" \
  --data-urlencode "signin=signin" --data-urlencode "signin:username=nyansat" \
  --data-urlencode "signin:password=godstart" --data-urlencode "signin:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$STATE"
# Payara's sessions need their version cookie as well as their id.
SESSION="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1); JSESSIONIDVERSION=$(awk '$6 == "JSESSIONIDVERSION" {print $7}' "$JAR" | tail -1)"
URL="$BASE/content/$VERSION/ti-kb.js"
curl -s -o /dev/null -w "godstart check: %{http_code} %{size_download} bytes\n" -H "Cookie: $SESSION" "$URL"
curl -s -o /dev/null -w "nginx check:    %{http_code} %{size_download} bytes\n" "http://127.0.0.1:$NGINX_PORT/ti-kb.js"

wrk -t2 -c64 -d5s "http://127.0.0.1:$NGINX_PORT/ti-kb.js" > /dev/null
wrk -t2 -c64 -d5s -H "Cookie: $SESSION" "$URL" > /dev/null
nginx_rps=$(wrk -t2 -c64 -d"${DURATION}s" "http://127.0.0.1:$NGINX_PORT/ti-kb.js" | awk '/Requests\/sec/ {print $2}')
godstart_rps=$(wrk -t2 -c64 -d"${DURATION}s" -H "Cookie: $SESSION" "$URL" | awk '/Requests\/sec/ {print $2}')
echo "nginx:    $nginx_rps requests/s"
echo "godstart: $godstart_rps requests/s"
echo "ratio:    $(echo "scale=2; $godstart_rps / $nginx_rps" | bc) x nginx   (target >= 0.7)"
