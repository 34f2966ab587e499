"""What recording snapshots costs: W1 trained with and without `Callback.snapshots(1)`, alternating
run by run in one JVM (nnlab.bench.Bench W1snapshots), and the slowdown of the medians. The issue's
budget is 5%.

Usage (after `mvn -q -B package -DskipTests test-compile`): /usr/bin/python3 tools/bench/snapshot_cost.py [--runs N] [--threads T]
"""
import argparse
import statistics

from bench import java

BUDGET = 0.05


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--threads", type=int, default=1, help="OpenBLAS threads")
    ap.add_argument("--jvm-opts", default="-Xmx2g -XX:+UseSerialGC")
    args = ap.parse_args()
    out = java(args.jvm_opts.split(), args.runs, ["W1snapshots"], args.threads)
    without = statistics.median(out["W1"][1])
    with_ = statistics.median(out["W1snapshots"][1])
    slowdown = without / with_ - 1
    print(f"W1 without snapshots: {without:,.0f} samples/s (median of {args.runs}: {out['W1'][1]})")
    print(f"W1 with snapshots(1): {with_:,.0f} samples/s (median of {args.runs}: {out['W1snapshots'][1]})")
    print(f"slowdown {100 * slowdown:+.1f}% (budget {100 * BUDGET:.0f}%): {'ok' if slowdown <= BUDGET else 'OVER'}")
    raise SystemExit(0 if slowdown <= BUDGET else 1)


if __name__ == "__main__":
    main()
