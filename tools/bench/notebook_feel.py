"""What a notebook user feels, measured in the real `nnlab` kernel through nbclient.

Prints, for each of RUNS fresh kernels:
  - kernel start -> first result: from asking for the kernel to the reply of `1 + 1`;
  - the first `run()` of a training (class loading and JIT warm-up included) against the same
    training run again in the same kernel: a 2-16-16-1 net on 300 moons, Adam, batch 32,
    100 epochs (about 1,000 batches), the size of the course's examples;
  - the heap after the whole plot gallery (notebooks/99-plot-gallery.ipynb, its 20 figures and
    trainings) has run in that kernel: used after a full GC, the peak the heap's pools reached
    (against the kernel's -Xmx), and the process's peak resident memory (VmHWM).

Usage: .venv/bin/python tools/bench/notebook_feel.py [--runs N]
"""
import argparse
import pathlib
import re
import statistics
import time

import nbformat
from nbclient import NotebookClient

ROOT = pathlib.Path(__file__).resolve().parents[2]

# One method, so that the timing covers the training only: JShell compiles and runs a cell's
# top-level statements one snippet at a time, so a timer around several snippets would count
# javac compiling them too.
TRAIN = """
double fitMillis() {
    long t0 = System.nanoTime();
    Net.input(2).dense(16, Activation.relu()).dense(16, Activation.relu()).dense(1, Activation.sigmoid())
        .init(Init.heNormal()).seed(42).build()
        .train(Synthetic.moons(300, 0.15, 42)).loss(Loss.binaryCrossEntropy()).optimizer(Optimizer.adam(0.01))
        .batchSize(32).epochs(100).run();
    return (System.nanoTime() - t0) / 1e6;
}
"""
FIT = '"FIT " + fitMillis()'

HEAP = """
System.gc();
var rt = Runtime.getRuntime();
long peak = 0;
for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans())
    if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
String hwm = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
    .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ? kB").replaceAll("\\\\D+", " ").trim();
"HEAP used " + (rt.totalMemory() - rt.freeMemory()) / 1e6 + " peak " + peak / 1e6 + " max " + rt.maxMemory() / 1e6
    + " rss " + Long.parseLong(hwm) / 1e3
"""


def text(cell):
    return " ".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs if o.output_type == "execute_result")


def one_run():
    gallery = nbformat.read(ROOT / "notebooks" / "99-plot-gallery.ipynb", as_version=4)
    cells = [nbformat.v4.new_code_cell("1 + 1"), nbformat.v4.new_code_cell(TRAIN), nbformat.v4.new_code_cell(FIT),
             nbformat.v4.new_code_cell(FIT)]
    cells += [c for c in gallery.cells if c.cell_type == "code"]
    cells.append(nbformat.v4.new_code_cell(HEAP))
    nb = nbformat.v4.new_notebook(cells=cells)
    client = NotebookClient(nb, kernel_name="nnlab", timeout=120, resources={"metadata": {"path": str(ROOT / "notebooks")}})
    t0 = time.monotonic()
    with client.setup_kernel():
        client.execute_cell(cells[0], 0)
        first = time.monotonic() - t0  # kernel start -> first result, as the notebook runner counts it
        for i, c in enumerate(cells[1:], start=1):
            client.execute_cell(c, i)
    fits = [float(re.search(r"FIT ([\d.]+)", text(c)).group(1)) for c in cells[2:4]]
    heap = dict(zip(["used", "peak", "max", "rss"], map(float, re.findall(r"[\d.]+", text(cells[-1])))))
    return first, fits, heap


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    starts, firsts, seconds, used, peaks, rss = [], [], [], [], [], []
    for r in range(a.runs):
        first, (f1, f2), heap = one_run()
        starts.append(first)
        firsts.append(f1)
        seconds.append(f2)
        used.append(heap["used"])
        peaks.append(heap["peak"])
        rss.append(heap["rss"])
        print(f"run {r + 1}: start->first result {starts[-1]:.2f} s; first fit {f1:.0f} ms,"
              f" same fit again {f2:.0f} ms; after the gallery: heap used {heap['used']:.0f} MB, heap peak"
              f" {heap['peak']:.0f} MB of {heap['max']:.0f} MB max, process peak RSS {heap['rss']:.0f} MB", flush=True)
    med = statistics.median
    print(f"median of {a.runs}: start->first result {med(starts):.2f} s; first fit {med(firsts):.0f} ms vs"
          f" {med(seconds):.0f} ms warm ({med(firsts) / med(seconds):.1f}x); heap used {med(used):.0f} MB,"
          f" peak {med(peaks):.0f} MB; peak RSS {med(rss):.0f} MB")


if __name__ == "__main__":
    main()
