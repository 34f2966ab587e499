"""nnlab on the plain JJava kernel, as the README tells a user to run it: `%load kernel/startup.jshell`.

The `nnlab` kernel does the script's work in compiled Java (kernel/NnlabExtension.java); the
script is what a user of the plain `java` kernelspec (pip package `jjava`) loads instead, and
nothing else runs it. This starts that kernel with the nnlab jar on JJAVA_CLASSPATH, loads the
script, and checks, from the messages the kernel sends:

  - the script loads without an error and connects nnlab (Notebook.isConnected());
  - a training run with live(true) shows its chart (plotly JSON) and progress line and updates
    them in place, its last line saying "done: 5/5 epochs";
  - a figure returned by a cell is drawn as plotly JSON (the renderers are registered).

Usage: .venv/bin/python tools/plain_kernel_check.py
"""
import os
import pathlib
import sys

from jupyter_client.manager import start_new_kernel

from kernel_cell import result, run as execute

ROOT = pathlib.Path(__file__).resolve().parents[1]
PLOTLY = "application/vnd.plotly.v1+json"

TRAIN = """
import nnlab.data.*; import nnlab.nn.*; import nnlab.optim.*; import nnlab.plot.*; import nnlab.train.*;
var net = Net.input(2).dense(8, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
var history = net.train(Synthetic.moons(200, 0.1, 1)).optimizer(Optimizer.adam(0.01)).epochs(5).live(true).run();
history.size()
"""


def fail(why):
    if len(why) > 800:  # JShell's error quotes the whole rejected snippet
        why = why[:300] + " … " + why[-400:]
    print("[plain kernel] FAILED: " + why)
    sys.exit(1)


def main():
    jars = sorted(ROOT.glob("target/nnlab-*-all.jar"))
    if not jars:
        fail("no target/nnlab-*-all.jar: run `mvn package` first")
    env = dict(os.environ, JJAVA_CLASSPATH=str(jars[-1]))
    km, kc = start_new_kernel(kernel_name="java", env=env)
    try:
        status, _, error = execute(kc, "%load " + str(ROOT / "kernel" / "startup.jshell"))
        if status != "ok":
            fail("%load kernel/startup.jshell failed: " + error)
        status, messages, error = execute(kc, "nnlab.notebook.Notebook.isConnected()")
        if status != "ok" or result(messages).get("text/plain") != "true":
            fail("the script did not connect nnlab: " + (error or str(result(messages))))
        status, messages, error = execute(kc, TRAIN)
        if status != "ok" or result(messages).get("text/plain") != "5":
            fail("the live training cell failed: " + (error or str(result(messages))))
        shown = [c for k, c in messages if k == "display_data"]
        updates = [c for k, c in messages if k == "update_display_data"]
        if len(shown) != 2 or PLOTLY not in shown[0]["data"] or "text/plain" not in shown[1]["data"]:
            fail("expected the live chart (plotly) and the progress line; shown: "
                 + str([sorted(c["data"]) for c in shown]))
        line_id = shown[1]["transient"]["display_id"]
        lines = [c["data"]["text/plain"] for c in updates if c["transient"]["display_id"] == line_id]
        if not lines or not lines[-1].startswith("done: 5/5 epochs"):
            fail("the progress line did not end at 'done: 5/5 epochs': " + str(lines[-1:]))
        status, messages, error = execute(kc, "Plot.history(history)")
        if status != "ok" or PLOTLY not in result(messages):
            fail("a returned figure was not drawn as plotly JSON: " + (error or str(sorted(result(messages)))))
        print(f"[plain kernel] %load kernel/startup.jshell: connected; a live run showed its chart and line"
              f" ({len(updates)} updates, last \"{lines[-1]}\"); a returned figure drawn as plotly JSON")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
