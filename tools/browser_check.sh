#!/usr/bin/env bash
# Starts JupyterLab on a free loopback port over a scratch copy of notebooks/ (so nothing is
# ever saved into notebooks/), then runs tools/browser/check.js against it and the exported site
# (the notebook's page, its next or previous page, and one page of the API reference in site/api/).
# Usage: tools/browser_check.sh [NOTEBOOK]   (default 00-welcome.ipynb; site/ must exist)
#        tools/browser_check.sh --live        (the live training display and the stop button,
#                                              with tools/browser/live-training.ipynb)
set -euo pipefail
cd "$(dirname "$0")/.."
nb=${1:-00-welcome.ipynb}
VENV=${VENV:-.venv}
scratch=$(mktemp -d)
cp notebooks/*.ipynb tools/browser/live-training.ipynb "$scratch/"
# A private settings and workspaces directory: no tabs restored from earlier sessions, and
# windowing off so that cells scrolled out of view keep their figures in the layout.
lab_home=$(mktemp -d)
mkdir -p "$lab_home/settings/@jupyterlab/notebook-extension"
echo '{"windowingMode": "none"}' > "$lab_home/settings/@jupyterlab/notebook-extension/tracker.jupyterlab-settings"
export JUPYTERLAB_SETTINGS_DIR="$lab_home/settings" JUPYTERLAB_WORKSPACES_DIR="$lab_home/workspaces"
port=$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token=$("$VENV/bin/python" -c 'import secrets; print(secrets.token_hex(16))')
log=target/jupyterlab.log
mkdir -p target
"$VENV/bin/jupyter" lab --no-browser --allow-root --ip=127.0.0.1 --port="$port" \
  --ServerApp.token="$token" --ServerApp.root_dir="$scratch" \
  --LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
  >"$log" 2>&1 &
lab_pid=$!
trap 'kill $lab_pid 2>/dev/null; wait $lab_pid 2>/dev/null; rm -rf "$scratch" "$lab_home"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/status?token=$token" >/dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/api/status?token=$token" >/dev/null || { echo "JupyterLab did not start; see $log"; exit 1; }
if [ "$nb" = "--live" ]; then
  node tools/browser/check.js --lab "http://127.0.0.1:$port" --live "live-training.ipynb?token=$token" \
    --out target/screenshots ${BROWSER_TIMEOUT:+--timeout $BROWSER_TIMEOUT}
  exit 0
fi
figures=$("$VENV/bin/python" - "notebooks/$nb" <<'PY'
import json, sys
cells = json.load(open(sys.argv[1]))["cells"]
print(sum(1 for c in cells if c["cell_type"] == "code" and "plot" in c.get("metadata", {}).get("tags", [])))
PY
)
math=$(grep -c '\$' "notebooks/$nb" || true)
node tools/browser/check.js --lab "http://127.0.0.1:$port" --notebook "$nb?token=$token" \
  --figures "$figures" --math "$math" --page "site/${nb%.ipynb}.html" --api site/api/nnlab/train/Net.html \
  --out target/screenshots ${BROWSER_TIMEOUT:+--timeout $BROWSER_TIMEOUT}
