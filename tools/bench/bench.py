"""`make bench`: nnlab against PyTorch on DESIGN.md's workloads W1-W4, same machine, same run.

For each workload it runs nnlab (nnlab.bench.Bench in its own JVM) in both precisions,
Precision.DOUBLE and Precision.MIXED (float32 products, float64 weights), with OpenBLAS on 1 and on 2
threads (OPENBLAS_NUM_THREADS), then PyTorch float64 and float32, each in two thread settings:
1 thread, and 2 threads with OMP_WAIT_POLICY=passive (PyTorch's default 2-thread setting spins
its OpenMP workers and is 2-3x slower on 2 cores). Each figure is the median of RUNS timed runs
after a warm-up run; each side is credited with the better of its two settings, and the output
says which. The dgemm and sgemm 1024^3 rates through nnlab's GEMM seam are measured in the same
run, as the ceilings for double and float products, and W1 is trained for one epoch from the same
start in both precisions to show how far apart their losses end.

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
MIXED = "-mixed"  # nnlab.bench.Bench trains a workload named W1-mixed in Precision.MIXED


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
    first = java(jvm_opts, args.runs, ["gemm", "sgemm", "W1loss"])
    ceiling = {"DOUBLE": statistics.median(first["gemm1024"][1]), "MIXED": statistics.median(first["sgemm1024"][1])}
    print(f"  dgemm 1024^3 through nnlab.mat.Gemm: {ceiling['DOUBLE']:.1f} GFLOP/s, sgemm {ceiling['MIXED']:.1f}"
          f" GFLOP/s ({ceiling['MIXED'] / ceiling['DOUBLE']:.2f}x; the ceilings below; OpenBLAS's default threads)")
    d_epoch, m_epoch, d_final, m_final, rel_epoch, rel_final = first["W1loss"][1]
    print(f"  W1, one epoch from the same start: training loss DOUBLE {d_epoch:.6f}, MIXED {m_epoch:.6f}"
          f" (relative difference {rel_epoch:.1e}); loss of the trained net on the 60,000 rows DOUBLE"
          f" {d_final:.6f}, MIXED {m_final:.6f} ({rel_final:.1e})")
    if not args.no_torch:
        t = torch("float64", 1, 1, ["W1loss"])["W1loss"][1]
        print(f"  PyTorch the same way, float64 vs float32: training loss {t[0]:.6f} vs {t[1]:.6f} ({t[4]:.1e});"
              f" trained net {t[2]:.6f} vs {t[3]:.6f} ({t[5]:.1e}). Adam's steps amplify rounding differences,"
              " so the trained nets drift further apart than the epoch's mean loss")

    rows = []
    for w in args.workloads:
        row = {"w": w, "accuracies": []}
        runs = args.w4_runs if w == "W4" else args.runs
        # nnlab, like PyTorch, in its better setting: OpenBLAS on 1 thread or on 2; both
        # precisions in one JVM, DOUBLE first
        for threads in (1, 2):
            out = java(jvm_opts, runs, [w, w + MIXED], threads)
            setting = f"OpenBLAS {threads} thread" + ("s" if threads > 1 else "")
            for precision, name in (("DOUBLE", w), ("MIXED", w + MIXED)):
                unit, nn_runs = out[name]
                rate, acc = median_run(nn_runs, out.get(name + "accuracy", (None, None))[1])
                if acc is not None:
                    row["accuracies"].append(f"nnlab {precision} {setting} {acc:.4f}")
                best = row.get(precision)
                if best is None or rate > best["rate"]:
                    row[precision] = {"rate": rate, "runs": nn_runs, "setting": setting, "acc": acc}
                    row["unit"] = unit
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
        for precision in ("DOUBLE", "MIXED"):
            row[precision]["gflops"] = 6 * weights * SAMPLES_PER_UNIT[w] * row[precision]["rate"] / 1e9
        rows.append(row)
        print(f"  {w} done (load average {loadavg()}, {time.monotonic() - started:.0f} s so far)", flush=True)

    def ratio(r, precision, dtype):
        return f"{r[precision]['rate'] / r[dtype][0]:>7.2f}" if dtype in r else f"{'-':>7}"

    def rate(r, dtype):
        return f"{r[dtype][0]:>9,.0f}" if dtype in r else f"{'-':>9}"

    print()
    head = (f"{'workload':42} {'DOUBLE':>9} {'MIXED':>9} {'torch64':>9} {'torch32':>9} {'D/t64':>7} {'D/t32':>7}"
            f" {'M/t32':>7} {'GFLOP/s D':>9} {'M':>5} {'of dgemm':>8} {'of sgemm':>8}")
    print(head)
    print("-" * len(head))
    for r in rows:
        d, m = r["DOUBLE"], r["MIXED"]
        print(f"{DESCRIPTION[r['w']]:42} {d['rate']:>9,.0f} {m['rate']:>9,.0f} {rate(r, 'float64')} {rate(r, 'float32')}"
              f" {ratio(r, 'DOUBLE', 'float64')} {ratio(r, 'DOUBLE', 'float32')} {ratio(r, 'MIXED', 'float32')}"
              f" {d['gflops']:>9.1f} {m['gflops']:>5.1f} {d['gflops'] / ceiling['DOUBLE']:>8.1%}"
              f" {m['gflops'] / ceiling['MIXED']:>8.1%}")
    print()
    print("Units: W1, W3 and W4 samples/s, W2 full-batch steps/s. DOUBLE: nnlab in Precision.DOUBLE (everything in")
    print("float64); MIXED: Precision.MIXED (the dense layers' products in float32, weights, updates and losses in")
    print("float64). torch64/torch32: PyTorch in float64/float32. D/t64 = DOUBLE / torch64 and so on (> 1: nnlab is")
    print("faster). GFLOP/s counts 6 flops per weight per sample; 'of dgemm'/'of sgemm' divide DOUBLE's/MIXED's by")
    print("the dgemm/sgemm 1024^3 rate.")
    accuracy_rows = [r for r in rows if r["DOUBLE"].get("acc") is not None]
    if accuracy_rows:
        print()
        print(f"{'test accuracy (10,000 images)':42} {'DOUBLE':>9} {'MIXED':>9} {'torch64':>9} {'torch32':>9}")
        for r in accuracy_rows:
            cells = [f"{DESCRIPTION[r['w']]:42}", f"{r['DOUBLE']['acc']:>9.4f}", f"{r['MIXED']['acc']:>9.4f}"]
            for dtype in ("float64", "float32"):
                cells.append(f"{r[dtype][2]:>9.4f}" if dtype in r else f"{'-':>9}")
            print(" ".join(cells))
        print("Both train the same net with the same Adam (lr 1e-3, betas 0.9/0.999, eps 1e-8) on the same pixels / 255;")
        print("they differ in the initial weights (nnlab: Glorot uniform, zero biases; PyTorch's nn.Linear:")
        print("U(+-1/sqrt(fan_in)) for weights and biases) and in each epoch's shuffle (java.util.Random vs")
        print("torch.randperm), so nnlab and PyTorch agree to about a point, not exactly; nnlab's DOUBLE and MIXED")
        print("start from the same weights and shuffle alike.")
        for r in accuracy_rows:
            print(f"{r['w']} accuracy of every setting: " + "; ".join(r["accuracies"]))
    for r in rows:
        settings = "" if args.no_torch else "; PyTorch " + ", ".join(f"{d} {r[d][1]}" for d in ("float64", "float32"))
        print(f"Better settings on {r['w']}: nnlab DOUBLE {r['DOUBLE']['setting']}, MIXED {r['MIXED']['setting']}"
              + settings)
    print("nnlab's runs: " + "; ".join(f"{r['w']} {p} " + " ".join(f"{v:,.0f}" for v in r[p]["runs"])
                                       for r in rows for p in ("DOUBLE", "MIXED")))
    print(f"Load average at the end: {loadavg()} (other processes on the machine slow both sides);"
          f" the bench took {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
