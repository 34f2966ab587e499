"""What the live training display costs: W1 of the benchmark with the display on and off.

Issue 5 allows training with the live display on to be at most 10% slower than without. This
script measures it where it matters, in the real `nnlab` kernel driven by a real Jupyter client
(nbclient), so the chart and progress line go through the kernel's display and update_display
messages exactly as in JupyterLab. Workload: W1 (784-256-128-10, ReLU, softmax + cross-entropy,
Adam, batch 128) on ROWS synthetic rows for EPOCHS epochs, with `live(true)` (display from the
first batch: the worst case) against `live(false)`.

After one warm-up run of each, PAIRS pairs are timed, interleaved and alternating which goes
first (on, off, off, on, ...), so that a slow spell on this shared machine hits both sides.
Each run reports the training thread's CPU time (the fairest figure on a busy machine: it does
not count time spent waiting for a core, and the display's work runs on the training thread),
the JVM's process CPU time (adds the garbage collector and the messaging threads) and the wall
time. OpenBLAS runs on one thread so that the training thread does all the arithmetic.

Usage: .venv/bin/python tools/bench/live_cost.py [--pairs N] [--rows N] [--epochs N]
"""
import argparse
import os
import re
import statistics

import nbformat
from nbclient import NotebookClient

SETUP = """
var rng = new Random(1);
int n = %(rows)d, d = 784, k = 10;
var X = new DMatrixRMaj(n, d);
for (int i = 0; i < X.data.length; i++) X.data[i] = rng.nextGaussian();
var T = new DMatrixRMaj(d, k);
for (int i = 0; i < T.data.length; i++) T.data[i] = rng.nextGaussian();
var S = new DMatrixRMaj(n, k);
CommonOps_DDRM.mult(X, T, S);
int[] labels = new int[n];
for (int r = 0; r < n; r++) for (int c = 1; c < k; c++) if (S.get(r, c) > S.get(r, labels[r])) labels[r] = c;
var w1data = Dataset.classification(X, labels, k);
var threads = java.lang.management.ManagementFactory.getThreadMXBean();
var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
String timed(boolean live) {
    var net = Net.input(784).dense(256, Activation.relu()).dense(128, Activation.relu())
        .dense(10, Activation.softmax()).seed(1).build();
    var t = net.train(w1data).optimizer(Optimizer.adam(1e-3)).batchSize(128).epochs(%(epochs)d).metrics().live(live);
    long cpu0 = threads.getCurrentThreadCpuTime(), proc0 = os.getProcessCpuTime(), wall0 = System.nanoTime();
    t.run();
    long cpu = threads.getCurrentThreadCpuTime() - cpu0, proc = os.getProcessCpuTime() - proc0, wall = System.nanoTime() - wall0;
    return String.format("RUN %%s cpu %%.3f proc %%.3f wall %%.3f", live ? "on" : "off", cpu / 1e9, proc / 1e9, wall / 1e9);
}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=6)
    ap.add_argument("--rows", type=int, default=20_000)
    ap.add_argument("--epochs", type=int, default=2)
    a = ap.parse_args()
    cells = [nbformat.v4.new_code_cell(SETUP % {"rows": a.rows, "epochs": a.epochs}),
             nbformat.v4.new_code_cell("timed(true)"), nbformat.v4.new_code_cell("timed(false)")]  # warm-up
    for i in range(a.pairs):
        pair = [True, False] if i % 2 == 0 else [False, True]
        cells += [nbformat.v4.new_code_cell(f"timed({'true' if live else 'false'})") for live in pair]
    cells.append(nbformat.v4.new_code_cell('new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")))'))
    nb = nbformat.v4.new_notebook(cells=cells)
    before = open("/proc/loadavg").read().split()[:3]
    os.environ["OPENBLAS_NUM_THREADS"] = "1"  # the kernel inherits it
    NotebookClient(nb, kernel_name="nnlab", timeout=600, startup_timeout=120).execute()
    runs = {"on": [], "off": []}
    charts = 0
    for c in nb.cells[3:3 + 2 * a.pairs]:
        for o in c.outputs:
            text = o.get("data", {}).get("text/plain", "") if o.output_type == "execute_result" else ""
            m = re.search(r"RUN (on|off) cpu ([\d.]+) proc ([\d.]+) wall ([\d.]+)", text)
            if m:
                runs[m.group(1)].append(tuple(float(m.group(i)) for i in (2, 3, 4)))
            if o.output_type == "display_data" and "application/vnd.plotly.v1+json" in o.get("data", {}):
                charts += 1
    after = nb.cells[-1].outputs[0]["data"]["text/plain"].strip('"').split()[:3]
    print(f"W1 on {a.rows:,} rows x {a.epochs} epochs, {a.pairs} interleaved pairs (live(true) vs live(false)),"
          f" OpenBLAS 1 thread; live charts kept in the outputs: {charts}")
    print(f"load average before: {' '.join(before)}, after: {' '.join(after)}")
    for i, (on, off) in enumerate(zip(runs["on"], runs["off"])):
        print(f"  pair {i + 1}: on  cpu {on[0]:6.2f} s proc {on[1]:6.2f} s wall {on[2]:6.2f} s"
              f"   off cpu {off[0]:6.2f} s proc {off[1]:6.2f} s wall {off[2]:6.2f} s")
    for j, name in enumerate(["thread CPU", "process CPU", "wall"]):
        on = statistics.median(r[j] for r in runs["on"])
        off = statistics.median(r[j] for r in runs["off"])
        ratio = statistics.median(x[j] / y[j] for x, y in zip(runs["on"], runs["off"]))
        print(f"  median {name:12s} on {on:6.2f} s  off {off:6.2f} s  on/off {on / off - 1:+6.1%}"
              f"  (median of per-pair ratios {ratio - 1:+6.1%})")


if __name__ == "__main__":
    main()
