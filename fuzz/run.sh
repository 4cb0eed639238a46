#!/bin/sh
# Run one harness for N minutes, restarting after each finding until the time is spent.
#   fuzz/run.sh text 30     fuzz/run.sh html 30
# Findings land in fuzz/artifacts/<path>/ (crash-*, timeout-*, oom-*); the corpus grows in fuzz/corpus/<path>/.
set -u
path=${1:?text or html}; minutes=${2:?minutes}
here=$(cd "$(dirname "$0")" && pwd)
py=${PYTHON:-/work/venv/bin/python}
mkdir -p "$here/artifacts/$path" "$here/corpus/$path"
[ -n "$(ls -A "$here/corpus/$path")" ] || "$py" "$here/make_seeds.py"
end=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
  left=$(( end - $(date +%s) ))
  (cd "$here" && "$py" "fuzz_$path.py" "corpus/$path" -max_total_time="$left" -timeout=20 \
     -rss_limit_mb=3072 -max_len=30000 -artifact_prefix="artifacts/$path/" -print_final_stats=1)
  echo "run ended with status $? at $(date -u +%H:%M:%S), $(( end - $(date +%s) ))s left"
done
