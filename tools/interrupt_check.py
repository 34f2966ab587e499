"""The stop button, pressed in the real `nnlab` kernel, stops the whole cell and loses nothing.

JJava answers an interrupt by cancelling the cell's task: the cell ends at once ("Execution
interrupted") while the code goes on until it looks at the thread's interrupt flag. A training
run looks before every batch and returns its history marked interrupted; it leaves the flag
set, so every later run in that cell returns at once without training. This script runs a cell
that trains five runs in a loop (each long enough to take seconds), presses stop during the
first, and then checks, in the kernel itself:

  - the first run kept its completed epochs (fewer than asked) and is marked interrupted;
  - the four later runs trained nothing and are marked interrupted (were the flag consumed,
    they would train for seconds each, on a thread the notebook no longer shows);
  - the next cell trains the same net normally (the flag is cleared for it, and the net is free).

Before that it checks what kernel/NnlabExtension.java does to JJava and JShell: the imports every
cell starts with are one JShell snippet, both of JJava's
request loops (shell and control, where the interrupt comes) run the body it gives them, which
waits on the socket instead of polling every 50 ms (it prints what an empty cell takes from
request to reply), and JShell's background class index is not made before the first cell but is
after 5 s without one (it is let go after 0.5 s).

The loop's progress is read in the kernel, by polling with a deadline inside one cell, so the
check holds on a loaded machine. Usage: .venv/bin/python tools/interrupt_check.py
"""
import pathlib
import sys
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel

import kernel_cell

ROOT = pathlib.Path(__file__).resolve().parents[1]

SETUP = """
var data = Synthetic.moons(2000, 0.2, 1);
var net = Net.input(2).dense(64, Activation.relu()).dense(64, Activation.relu()).dense(1, Activation.sigmoid()).build(1);
var runs = new java.util.concurrent.CopyOnWriteArrayList<History>();
Callback firstBatch = new Callback() {
    boolean said;
    @Override public void onBatchEnd(int epoch, int batch, double loss) {
        if (!said) { said = true; System.out.println("TRAINING"); System.out.flush(); }
    }
};
"""

LOOP = """
for (int i = 0; i < 5; i++) {
    runs.add(net.train(data).loss(Loss.binaryCrossEntropy()).optimizer(Optimizer.adam(0.001))
        .batchSize(8).epochs(400).callbacks(firstBatch).live(false).run());
}
"""

REPORT = """
long deadline = System.nanoTime() + 30_000_000_000L;
while (runs.size() < 5 && System.nanoTime() < deadline) Thread.sleep(20);
String report = "RUNS " + runs.size();
for (History h : runs) report += " | epochs=" + h.epochs().size() + " interrupted=" + h.interrupted();
report
"""

# Both request loops (threads "Shell-0" and "Shell-1") wait inside NnlabExtension's PromptShell once the
# first cell has run; within 5 s (the control loop swaps at its next pass, 50 ms later).
LOOPS = """
long until = System.nanoTime() + 5_000_000_000L;
String loops;
do {
    loops = Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().matches("Shell-[0-9]+"))
        .map(e -> e.getKey().getName() + "=" + Arrays.stream(e.getValue())
            .anyMatch(f -> f.getClassName().equals("NnlabExtension$PromptShell")))
        .sorted().collect(Collectors.joining(" "));
    if (!loops.contains("false")) break;
    Thread.sleep(20);
} while (System.nanoTime() < until);
loops
"""

# JShell's background class index (for completing package names): held back from the kernel's
# start until it has been idle for 0.5 s (kernel/NnlabExtension.java, pauseIndexing). Run as the
# first cell, so no idle time came before; JShell's own counters say whether the index is done.
INDEXING = """
boolean indexed() {
    try {
        Object analysis = ((org.dflib.jjava.kernel.JavaKernel) kernel()).getJShell().sourceCodeAnalysis();
        var done = analysis.getClass().getDeclaredField("indexVersion");
        var wanted = analysis.getClass().getDeclaredField("classpathVersion");
        done.setAccessible(true);
        wanted.setAccessible(true);
        return done.getInt(analysis) == wanted.getInt(analysis);
    } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("JShell's index counters are not where they were: " + e, e);
    }
}
"indexed=" + indexed()
"""

# The imports every cell starts with: one JShell snippet (kernel/NnlabExtension.java, importApi), not
# one snippet per line as JJava evaluates a startup script.
IMPORTS = """
((org.dflib.jjava.kernel.JavaKernel) kernel()).getJShell().imports()
    .filter(i -> i.source().contains("import nnlab.train.*;"))
    .map(i -> i.source().split("\\n").length + " lines in the snippet of " + i.fullname())
    .collect(Collectors.joining("; "))
"""

AGAIN = '"AGAIN epochs=" + net.train(data).loss(Loss.binaryCrossEntropy()).epochs(2).live(false).run().epochs().size()'


def execute(kc, code, timeout=120):
    """Runs one cell; returns (status, text/plain of the result, error text)."""
    status, messages, error = kernel_cell.run(kc, code, timeout)
    return status, kernel_cell.result(messages).get("text/plain", ""), error


def fail(why):
    print("[interrupt] FAILED: " + why)
    sys.exit(1)


def main():
    km, kc = start_new_kernel(kernel_name="nnlab")
    try:
        status, indexed, error = execute(kc, INDEXING)
        if status != "ok" or indexed.strip('"') != "indexed=false":
            fail("JShell's class index was made before the first cell, not held back: " + (error or indexed))
        listed = KernelSpecManager().get_kernel_spec("nnlab").env.get("NNLAB_IMPORTS")
        if listed is None:
            fail("the nnlab kernelspec names no imports file (NNLAB_IMPORTS): reinstall it with bash kernel/install.sh")
        wanted = len(pathlib.Path(listed).read_text().splitlines()) + 1
        status, imports, error = execute(kc, IMPORTS)
        if status != "ok" or imports.strip('"') != f"{wanted} lines in the snippet of nnlab.Nnlab":
            fail(f"the API's {wanted - 1} imports are not one JShell snippet (kernel/NnlabExtension.java, importApi): "
                 + (error or imports))
        status, _, error = execute(kc, SETUP)
        if status != "ok":
            fail("the setup cell failed: " + error)
        status, loops, error = execute(kc, LOOPS)
        if status != "ok" or loops.strip('"') != "Shell-0=true Shell-1=true":
            fail("JJava's request loops do not wait on their sockets (kernel/NnlabExtension.java, PromptShell): "
                 + (error or loops))
        time.sleep(5)
        status, indexed, error = execute(kc, '"indexed=" + indexed()')
        if status != "ok" or indexed.strip('"') != "indexed=true":
            fail("JShell's class index was still not made after 5 s without a cell: " + (error or indexed))
        empty = []
        for _ in range(10):
            t = time.monotonic()
            execute(kc, "")
            empty.append(time.monotonic() - t)
        print("[interrupt] both request loops wait on their sockets; an empty cell: %.0f ms from request to reply"
              " (median of 10; JJava's own loops: ~55 ms); JShell's class index was held back until the kernel sat idle;"
              " the %d imports are one snippet" % (1000 * sorted(empty)[5], wanted - 1))
        msg_id = kc.execute(LOOP)
        # press stop only once the first run has trained a batch (its callback prints TRAINING):
        # an interrupt while JShell still compiles the cell would find no task to cancel
        t0 = time.monotonic()
        while True:
            msg = kc.get_iopub_msg(timeout=60)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream" \
                    and "TRAINING" in msg["content"]["text"]:
                break
        time.sleep(0.5)
        km.interrupt_kernel()
        while True:
            msg = kc.get_iopub_msg(timeout=60)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" \
                    and msg["content"]["execution_state"] == "idle":
                break
        stopped = time.monotonic() - t0
        status, report, error = execute(kc, REPORT)
        if status != "ok":
            fail("the report cell failed: " + error)
        print("[interrupt] cell ended %.1f s after it started; %s" % (stopped, report))
        parts = report.strip('"').split(" | ")
        if parts[0] != "RUNS 5":
            fail("the loop did not end within 30 s of the stop: " + report)
        first, later = parts[1], parts[2:]
        epochs = int(first.split()[0].split("=")[1])
        if "interrupted=true" not in first or not 0 <= epochs < 400:
            fail("the first run was not cut short and marked interrupted: " + first)
        for p in later:
            if p != "epochs=0 interrupted=true":
                fail("a run after the stop trained instead of returning at once: " + p)
        status, again, error = execute(kc, AGAIN)
        if status != "ok" or "AGAIN epochs=2" not in again:
            fail("the next cell could not train the net: " + (error or again))
        print("[interrupt] the stop ended the loop; the first run kept %d epochs; the next cell trained again" % epochs)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
