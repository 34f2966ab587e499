#!/usr/bin/env bash
# Starts JupyterLab (or Notebook 7) on a free loopback port over a scratch copy of notebooks/ (so
# nothing is ever saved into notebooks/), then runs tools/browser/check.js against it, once per
# argument, and, in JupyterLab, against each notebook's exported page (the notebook's page, its
# next or previous page, and one page of the API reference in site/api/). Every animated figure
# (plotly frames, a play button, a slider) is played and its slider moved to the last frame, in
# the notebook and on the page; there must be as many as the executed notebook holds.
#
# Usage: tools/browser_check.sh [--ui lab|notebook] [NOTEBOOK ...] [--live]
#   NOTEBOOK  a course notebook by name (00-welcome.ipynb; site/ must exist: its page is checked
#             too), or the path of any other notebook (tools/browser/animated-figure.ipynb, the
#             fixture with one animated figure), which is executed and exported here first
#   --live    the live training display and the stop button (tools/browser/live-training.ipynb)
#   --ui notebook   run them in Notebook 7 (`jupyter notebook`) instead of JupyterLab; no pages
# Default: 00-welcome.ipynb in JupyterLab.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
ui=lab
if [ "${1:-}" = "--ui" ]; then ui=$2; shift 2; fi
[ "$ui" = lab ] || [ "$ui" = notebook ] || { echo "--ui is lab or notebook. Received: --ui $ui"; exit 2; }
[ $# -gt 0 ] || set -- 00-welcome.ipynb
scratch=$(mktemp -d)
cp notebooks/*.ipynb tools/browser/*.ipynb "$scratch/"
for a in "$@"; do
  case "$a" in
    --live) ;;
    */*) [ -f "$a" ] || { echo "no notebook $a"; exit 2; }; cp "$a" "$scratch/" ;;
    *) [ -f "notebooks/$a" ] || { echo "no notebook notebooks/$a (give another notebook by its path)"; exit 2; } ;;
  esac
done
# A private settings and workspaces directory: no tabs restored from earlier sessions, and
# windowing off so that cells scrolled out of view keep their figures in the layout (Notebook 7
# reads the same settings).
lab_home=$(mktemp -d)
mkdir -p "$lab_home/settings/@jupyterlab/notebook-extension"
echo '{"windowingMode": "none"}' > "$lab_home/settings/@jupyterlab/notebook-extension/tracker.jupyterlab-settings"
export JUPYTERLAB_SETTINGS_DIR="$lab_home/settings" JUPYTERLAB_WORKSPACES_DIR="$lab_home/workspaces"
port=$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token=$("$VENV/bin/python" -c 'import secrets; print(secrets.token_hex(16))')
mkdir -p target
if [ "$ui" = lab ]; then
  log=target/jupyterlab.log
  "$VENV/bin/jupyter" lab --no-browser --allow-root --ip=127.0.0.1 --port="$port" \
    --ServerApp.token="$token" --ServerApp.root_dir="$scratch" \
    --LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
    >"$log" 2>&1 &
else
  log=target/notebook7.log
  "$VENV/bin/jupyter" notebook --no-browser --allow-root --ip=127.0.0.1 --port="$port" \
    --ServerApp.token="$token" --ServerApp.root_dir="$scratch" >"$log" 2>&1 &
fi
server_pid=$!
trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; rm -rf "$scratch" "$lab_home"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/status?token=$token" >/dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/api/status?token=$token" >/dev/null || { echo "the $ui server did not start; see $log"; exit 1; }
check=(node tools/browser/check.js --lab "http://127.0.0.1:$port" --ui "$ui" --out target/screenshots
       ${BROWSER_TIMEOUT:+--timeout $BROWSER_TIMEOUT})

# "PLOT_CELLS ANIMATED_FIGURES" of a notebook: cells tagged `plot`, and figures with frames in
# its executed copy (none when there is no executed copy).
counts() {
  "$VENV/bin/python" - "$1" "$2" <<'PY'
import json, os, sys
cells = json.load(open(sys.argv[1]))["cells"]
plots = sum(1 for c in cells if c["cell_type"] == "code" and "plot" in c.get("metadata", {}).get("tags", []))
animated = 0
if os.path.isfile(sys.argv[2]):
    for c in json.load(open(sys.argv[2]))["cells"]:
        for o in c.get("outputs", []):
            animated += bool(o.get("data", {}).get("application/vnd.plotly.v1+json", {}).get("frames"))
print(plots, animated)
PY
}

for a in "$@"; do
  t0=$SECONDS
  if [ "$a" = --live ]; then
    "${check[@]}" --live "live-training.ipynb?token=$token"
    echo "[browser] $ui --live: $((SECONDS - t0)) s"
    continue
  fi
  nb=$(basename "$a")
  page=() executed="target/executed/$nb"
  if [ "$a" != "$nb" ]; then
    # Not a course notebook: execute it and export its page here, drawn as the site's pages are.
    executed="target/executed-browser/$nb"
    if [ "$ui" = lab ]; then
      "$VENV/bin/python" tools/run_notebooks.py "$a" --out target/executed-browser >/dev/null 2>target/executed-browser.log \
        || { echo "$a failed to execute; see target/executed-browser.log"; exit 1; }
      "$VENV/bin/python" tools/browser/export_page.py "$executed" target/browser-site >/dev/null
      page=(--page "target/browser-site/${nb%.ipynb}.html" --nav no)
    fi
  elif [ "$ui" = lab ]; then
    page=(--page "site/${nb%.ipynb}.html" --api site/api/nnlab/train/Net.html)
  fi
  read -r figures animated < <(counts "$scratch/$nb" "$executed")
  math=$(grep -c '\$' "$scratch/$nb" || true)
  "${check[@]}" --notebook "$nb?token=$token" --figures "$figures" --animations "$animated" --math "$math" "${page[@]}"
  echo "[browser] $ui $nb: $((SECONDS - t0)) s ($figures plot cells, $animated animated figures)"
done
