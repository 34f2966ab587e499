#!/usr/bin/env bash
# Checks binder/ without Docker: (1) repo2docker accepts the folder and plans to use our
# requirements, apt packages and postBuild; (2) postBuild's steps, run in a fresh virtual
# environment made from binder/requirements.txt, give a working `nnlab` kernel (1 + 1 = 2) and
# the student version the Binder link opens (student/);
# (3) binder/start pins OpenBLAS's threads to the container's CPU quota.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

python3 -m venv "$scratch/r2d"
"$scratch/r2d/bin/pip" install -q --disable-pip-version-check jupyter-repo2docker==2026.4.0
"$scratch/r2d/bin/jupyter-repo2docker" --no-build --no-run . > "$scratch/Dockerfile.log" 2>&1
for want in 'binder/requirements.txt' 'postBuild' 'openjdk-17-jdk-headless' 'libopenblas0' 'R2D_ENTRYPOINT="${REPO_DIR}/binder/start"'; do
  grep -q -- "$want" "$scratch/Dockerfile.log" || { echo "binder: repo2docker's plan does not mention $want"; cat "$scratch/Dockerfile.log"; exit 1; }
done
echo "binder: repo2docker --no-build accepts binder/ (requirements, apt.txt, postBuild, start)"

python3 -m venv "$scratch/env"
"$scratch/env/bin/pip" install -q --disable-pip-version-check -r binder/requirements.txt
touch "$scratch/before-postBuild"
PATH="$scratch/env/bin:$PATH" binder/postBuild
PATH="$scratch/env/bin:$PATH" "$scratch/env/bin/python" - <<'PY'
import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
specs = KernelSpecManager().find_kernel_specs()
assert "nnlab" in specs, f"postBuild did not install the nnlab kernelspec: {specs}"
nb = nbformat.v4.new_notebook()
nb.cells = [nbformat.v4.new_code_cell("1 + 1")]
NotebookClient(nb, kernel_name="nnlab", timeout=60).execute()
answer = nb.cells[0].outputs[0]["data"]["text/plain"]
assert answer == "2", f"1 + 1 gave {answer!r}"
print(f"binder: postBuild in a fresh environment installs kernel 'nnlab' at {specs['nnlab']}; 1 + 1 = {answer}")
PY
# the Binder link opens student/00-welcome.ipynb, which postBuild made (with nbgrader from the fresh environment)
[ student/00-welcome.ipynb -nt "$scratch/before-postBuild" ] || { echo "binder: postBuild did not make student/00-welcome.ipynb (tools/assignment.py student)"; exit 1; }
grep -q '"@jupyter/nbgrader:formgrader": true' "$scratch/env/etc/jupyter/labconfig/page_config.json" \
  || { echo "binder: postBuild left nbgrader's formgrader on in the student's JupyterLab"; exit 1; }
echo "binder: postBuild made the student version, $(ls student/*.ipynb | wc -l) notebooks in student/ (nbgrader's teacher tools off)"

# (3) binder/start with a quota of 1.5 cores, with none, and with OPENBLAS_NUM_THREADS already set
threads() { env ${2:+OPENBLAS_NUM_THREADS=$2} NNLAB_CPU_MAX="$scratch/cpu.max" bash -c "echo '$1' > '$scratch/cpu.max'; binder/start printenv OPENBLAS_NUM_THREADS"; }
cores=$(nproc)
want_quota=$(( cores < 2 ? cores : 2 ))
[ "$(threads '150000 100000')" = "$want_quota" ] || { echo "binder: start gave $(threads '150000 100000') OpenBLAS threads under a 1.5-core quota, expected $want_quota"; exit 1; }
[ "$(threads 'max 100000')" = "$cores" ] || { echo "binder: start gave $(threads 'max 100000') OpenBLAS threads with no quota, expected $cores"; exit 1; }
[ "$(threads '150000 100000' 3)" = 3 ] || { echo "binder: start overrode an OPENBLAS_NUM_THREADS set by the user"; exit 1; }
echo "binder: start pins OpenBLAS to the CPU quota (1.5 cores -> $want_quota threads, no quota -> $cores, a user's setting kept)"
