#!/usr/bin/env bash
# Sets up everything a notebook needs, idempotently: the Python environment .venv (from
# binder/requirements.txt), the nnlab jar, and the `nnlab` kernelspec inside .venv.
# Re-run after a code change to refresh the kernel. Needs: JDK 17+, Maven, Python 3.9+ with venv.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
REQ=binder/requirements.txt

if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup] creating $VENV"
  python3 -m venv "$VENV"
fi
stamp="$VENV/.nnlab-requirements.sha256"
want=$(sha256sum "$REQ" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "[setup] installing $REQ into $VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQ"
  echo "$want" > "$stamp"
else
  echo "[setup] $VENV is up to date with $REQ"
fi

echo "[setup] building the nnlab jar"
mvn -q -B package -DskipTests
jar=$(ls target/nnlab-*-all.jar | head -n1)
"$VENV/bin/python" kernel/install_kernelspec.py "$jar" --prefix "$VENV"
# What the kernel will run on (version, and whether matrix products found OpenBLAS)
java -cp "$jar" nnlab.Nnlab | sed 's/^/[setup] /'
