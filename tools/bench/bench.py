"""`make bench`: nnlab against PyTorch on DESIGN.md's workloads W1-W4, same machine, same run.

For each workload it runs nnlab (nnlab.bench.Bench in its own JVM) with OpenBLAS on 1 and on 2
threads (OPENBLAS_NUM_THREADS), then PyTorch float64 and float32, each in two thread settings:
1 thread, and 2 threads with OMP_WAIT_POLICY=passive (PyTorch's default 2-thread setting spins
its OpenMP workers and is 2-3x slower on 2 cores). Each figure is the median of RUNS timed runs
after a warm-up run; each side is credited with the better of its two settings, and the output
says which. The dgemm 1024^3 rate through nnlab's GEMM
seam is measured in the same run, as the ceiling for double-precision products.

W4 is W1's network on real Fashion-MNIST (60,000 training images, 10 epochs a run, then the
accuracy on the 10,000 test images): long, so it has its own count of timed runs (--w4-runs,
default 1) after a warm-up of one epoch, and the table adds each side's test accuracy (the
median run's, in the setting credited).

Usage: /usr/bin/python3 tools/bench/bench.py [--runs N] [--w4-runs N] [--workloads W1 W2 W3 W4]
       [--jvm-opts ...]
Needs target/nnlab-*-all.jar and target/test-classes (the Makefile builds them).
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# Weights of each workload, for FLOP counts: training costs about 6 flops per weight per sample
# (2 forward, 2 for dL/dW, 2 for dL/dX).
LAYERS = {"W1": [784, 256, 128, 10], "W2": [2, 16, 16, 1], "W3": [784] + [100] * 10 + [10],
          "W4": [784, 256, 128, 10]}
SAMPLES_PER_UNIT = {"W1": 1, "W2": 1_000, "W3": 1, "W4": 1}  # W2 is counted in full-batch steps of 1,000
DESCRIPTION = {
    "W1": "W1 784-256-128-10 ReLU, Adam, batch 128",
    "W2": "W2 2-16-16-1 tanh, SGD, full batch 1,000",
    "W3": "W3 784-10x100 sigmoid-10, SGD, batch 64",
    "W4": "W4 = W1 on Fashion-MNIST, 10 epochs",
}


INFO_SEEN = set()


def parse(out):
    results = {}
    for line in out.splitlines():
        if line.startswith("RESULT "):
            _, name, unit, *values = line.split()
            results[name] = (unit, [float(v) for v in values])
        elif line.startswith("INFO ") and line not in INFO_SEEN:
            INFO_SEEN.add(line)
            print("  " + line[5:])
    return results


def run(cmd, env=None):
    p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit(f"bench: {' '.join(cmd[:3])} ... failed with exit code {p.returncode}")
    return parse(p.stdout)


def java(jvm_opts, runs, which, blas_threads=None):
    jars = [j for j in glob.glob(os.path.join(ROOT, "target", "nnlab-*-all.jar"))]
    if not jars:
        raise SystemExit("bench: target/nnlab-*-all.jar is missing; run `make bench` (it builds it)")
    cp = os.path.join(ROOT, "target", "test-classes") + os.pathsep + jars[0]
    env = dict(os.environ)
    if blas_threads:
        env["OPENBLAS_NUM_THREADS"] = str(blas_threads)
    return run(["java", *jvm_opts, "-cp", cp, "nnlab.bench.Bench", str(runs), *which], env)


def torch(dtype, threads, runs, which):
    env = dict(os.environ)
    if threads > 1:
        env["OMP_WAIT_POLICY"] = "passive"
    return run(["/usr/bin/python3", os.path.join(HERE, "pytorch_bench.py"), dtype, str(threads), str(runs), *which],
               env)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def median_run(values, accuracies):
    """The median of the rates and the accuracy of the run that gave it (the lower middle run for an even count)."""
    i = sorted(range(len(values)), key=values.__getitem__)[(len(values) - 1) // 2]
    rate = statistics.median(values)
    return rate, (accuracies[i] if accuracies else None)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--w4-runs", type=int, default=1, help="timed runs of W4 (10 epochs each)")
    ap.add_argument("--workloads", nargs="+", default=["W1", "W2", "W3", "W4"])
    ap.add_argument("--jvm-opts", default="-Xmx2g -XX:+UseSerialGC")
    ap.add_argument("--no-torch", action="store_true", help="nnlab only")
    args = ap.parse_args()
    jvm_opts = args.jvm_opts.split()

    print(f"nnlab benchmark: medians of {args.runs} timed runs after a warm-up (W4: {args.w4_runs} run(s) of"
          f" 10 epochs after a warm-up epoch); {os.cpu_count()} CPUs; load average {loadavg()} at start")
    print(f"  JVM options: {' '.join(jvm_opts)}")
    started = time.monotonic()
    ceiling = statistics.median(java(jvm_opts, args.runs, ["gemm"])["gemm1024"][1])
    print(f"  dgemm 1024^3 through nnlab.mat.Gemm: {ceiling:.1f} GFLOP/s (the ceiling below; OpenBLAS's default threads)")

    rows = []
    for w in args.workloads:
        row = {"w": w, "accuracies": []}
        runs = args.w4_runs if w == "W4" else args.runs
        # nnlab, like PyTorch, in its better setting: OpenBLAS on 1 thread or on 2
        for threads in (1, 2):
            out = java(jvm_opts, runs, [w], threads)
            unit, nn_runs = out[w]
            rate, acc = median_run(nn_runs, out.get(w + "accuracy", (None, None))[1])
            setting = f"OpenBLAS {threads} thread" + ("s" if threads > 1 else "")
            if acc is not None:
                row["accuracies"].append(f"nnlab {setting} {acc:.4f}")
            if "nnlab" not in row or rate > row["nnlab"]:
                row.update(unit=unit, nnlab=rate, nnlab_runs=nn_runs, nnlab_setting=setting, nnlab_acc=acc)
        if not args.no_torch:
            for dtype in ("float64", "float32"):
                best = None
                for threads in (1, 2):
                    out = torch(dtype, threads, runs, [w])
                    rate, acc = median_run(out[w][1], out.get(w + "accuracy", (None, None))[1])
                    setting = "1 thread" if threads == 1 else "2 threads, passive"
                    if acc is not None:
                        row["accuracies"].append(f"PyTorch {dtype} {setting} {acc:.4f}")
                    if best is None or rate > best[0]:
                        best = (rate, setting, acc)
                row[dtype] = best
        weights = sum(a * b for a, b in zip(LAYERS[w], LAYERS[w][1:]))
        row["gflops"] = 6 * weights * SAMPLES_PER_UNIT[w] * row["nnlab"] / 1e9
        rows.append(row)
        print(f"  {w} done (load average {loadavg()}, {time.monotonic() - started:.0f} s so far)", flush=True)

    print()
    head = f"{'workload':42} {'nnlab f64':>11} {'PyTorch f64':>12} {'ratio':>6} {'PyTorch f32':>12} {'ratio':>6}" \
           f" {'GFLOP/s':>8} {'of dgemm':>8}"
    print(head)
    print("-" * len(head))
    for r in rows:
        cells = [f"{DESCRIPTION[r['w']]:42}", f"{r['nnlab']:>11,.0f}"]
        for dtype in ("float64", "float32"):
            if dtype in r:
                rate = r[dtype][0]
                cells += [f"{rate:>12,.0f}", f"{r['nnlab'] / rate:>6.2f}"]
            else:
                cells += [f"{'-':>12}", f"{'-':>6}"]
        cells += [f"{r['gflops']:>8.1f}", f"{r['gflops'] / ceiling:>8.1%}"]
        print(" ".join(cells))
    print()
    print("Units: W1, W3 and W4 samples/s, W2 full-batch steps/s. ratio = nnlab / PyTorch (> 1: nnlab is faster).")
    print("GFLOP/s counts 6 flops per weight per sample; 'of dgemm' divides it by the dgemm 1024^3 rate.")
    accuracy_rows = [r for r in rows if r.get("nnlab_acc") is not None]
    if accuracy_rows:
        print()
        print(f"{'test accuracy (10,000 images)':42} {'nnlab f64':>11} {'PyTorch f64':>12} {'diff':>6}"
              f" {'PyTorch f32':>12} {'diff':>6}")
        for r in accuracy_rows:
            cells = [f"{DESCRIPTION[r['w']]:42}", f"{r['nnlab_acc']:>11.4f}"]
            for dtype in ("float64", "float32"):
                if dtype in r:
                    cells += [f"{r[dtype][2]:>12.4f}", f"{r['nnlab_acc'] - r[dtype][2]:>+6.3f}"]
                else:
                    cells += [f"{'-':>12}", f"{'-':>6}"]
            print(" ".join(cells))
        print("diff = nnlab - PyTorch. Both train the same net with the same Adam (lr 1e-3, betas 0.9/0.999, eps 1e-8)")
        print("on the same pixels / 255; they differ in the initial weights (nnlab: Glorot uniform, zero biases;")
        print("PyTorch's nn.Linear: U(+-1/sqrt(fan_in)) for weights and biases) and in each epoch's shuffle")
        print("(java.util.Random vs torch.randperm), so the accuracies agree to about a point, not exactly.")
        for r in accuracy_rows:
            print(f"{r['w']} accuracy of every setting: " + "; ".join(r["accuracies"]))
    if not args.no_torch:
        for r in rows:
            settings = ", ".join(f"{d} {r[d][1]}" for d in ("float64", "float32"))
            print(f"Better settings on {r['w']}: nnlab {r['nnlab_setting']}; PyTorch {settings}")
    print("nnlab's runs: " + "; ".join(f"{r['w']} " + " ".join(f"{v:,.0f}" for v in r["nnlab_runs"]) for r in rows))
    print(f"Load average at the end: {loadavg()} (other processes on the machine slow both sides);"
          f" the bench took {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
