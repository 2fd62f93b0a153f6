#!/usr/bin/env bash
# Import benchmark (run by hand, not in CI): builds a ~250 MB SCORM 2004 package (3,000 text
# files and 240 MB of incompressible media), imports it through the REST API of a running
# Godstart, and times `unzip -q` of the same file to the same disk in the same run. It also
# reports how much the server's heap grew during the import (peak used heap minus used heap after
# a full GC before the import), sampled with jstat.
#
#   mvn -Prun package          # in another terminal: the server with the embedded demo
#   bench/import.sh [base-url] # default http://localhost:8080
#
# Targets (issue 3): import time <= 1.3 x unzip time; heap growth <= 64 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
TOKEN=${TOKEN:-demo-forfatter-token}
WORK=target/bench
mkdir -p "$WORK"

[ -f "$WORK/big.zip" ] || python3 bench/make_package.py "$WORK/big.zip"
PID=$(pgrep -f 'payara-micro.*godstart.war' | head -1)
[ -n "$PID" ] || { echo "No running Godstart (Payara Micro) found; start it with mvn -Prun package"; exit 1; }

used_heap_kb() { jstat -gc "$PID" | awk 'NR==2 {print int($3 + $4 + $6 + $8)}'; }
now() { date +%s.%N; }

# unzip to the same file system as the content store, timed like the import
rm -rf "$WORK/unzipped"
start=$(now); unzip -q "$WORK/big.zip" -d "$WORK/unzipped"; end=$(now)
unzip_s=$(echo "$end - $start" | bc)
rm -rf "$WORK/unzipped"

jcmd "$PID" GC.run > /dev/null
base_kb=$(used_heap_kb)
peak_kb=$base_kb
( while true; do used_heap_kb; sleep 0.2; done ) > "$WORK/heap-samples.txt" &
SAMPLER=$!
start=$(now)
status=$(curl -s -o "$WORK/import-response.json" -w '%{http_code}' \
  -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/big.zip" "$BASE/api/v1/modules")
end=$(now)
kill $SAMPLER
import_s=$(echo "$end - $start" | bc)
peak_kb=$(sort -n "$WORK/heap-samples.txt" | tail -1)

echo "package:      $(du -m "$WORK/big.zip" | cut -f1) MB, $(unzip -l "$WORK/big.zip" | tail -1 | awk '{print $2}') files"
echo "import HTTP:  $status ($(head -c 120 "$WORK/import-response.json"))"
echo "unzip -q:     ${unzip_s} s"
echo "import:       ${import_s} s  (upload + unpack + checks + database)"
echo "ratio:        $(echo "scale=2; $import_s / $unzip_s" | bc) x unzip   (target <= 1.3)"
echo "heap growth:  $(( (peak_kb - base_kb) / 1024 )) MB peak over the post-GC baseline   (target <= 64)"
