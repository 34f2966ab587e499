"""Kernel start to the answer of `1 + 1`, for several kernelspecs side by side.

Each round starts every kernel once, in turn (interleaved, so a busy machine disturbs all of
them alike), and times from asking jupyter_client for the kernel to the reply of `1 + 1`. The
kernels are ended with SIGKILL once they answered. Prints each start and the medians.

Run it under `taskset -c 0` for what a one-core Binder pod feels. Default kernels: the plain
JJava kernel (`java`, jjava-launcher.jar: two JVM starts) and `nnlab`, both from .venv.

Usage: .venv/bin/python tools/bench/kernel_start.py [--runs N] [KERNEL ...]
  KERNEL   a kernelspec name, or a directory holding a kernel.json (a variant being measured)
"""
import argparse
import pathlib
import statistics
import subprocess
import sys
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager


def manager(kernel: str) -> KernelManager:
    path = pathlib.Path(kernel)
    if (path / "kernel.json").is_file():
        return KernelManager(kernel_name=path.name,
                             kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(path.resolve().parent)]))
    return KernelManager(kernel_name=kernel)


def start_to_answer(kernel: str) -> float:
    km = manager(kernel)
    t0 = time.monotonic()
    km.start_kernel(stderr=subprocess.DEVNULL)  # JJava logs each of its threads starting
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=120)
        answer = []
        reply = kc.execute_interactive("1 + 1", timeout=120, output_hook=lambda m: answer.append(m))
        elapsed = time.monotonic() - t0
        kc.stop_channels()
        got = [m["content"]["data"].get("text/plain") for m in answer if m["msg_type"] == "execute_result"]
        if reply["content"]["status"] != "ok" or got != ["2"]:
            raise RuntimeError(f"{kernel}: `1 + 1` answered {reply['content'].get('evalue') or got}")
        return elapsed
    finally:
        km.shutdown_kernel(now=True)  # SIGKILL: a Jupyter shutdown request takes JJava a long time
        km.cleanup_resources()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kernels", nargs="*", default=["java", "nnlab"])
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    times = {k: [] for k in a.kernels}
    for r in range(a.runs):
        for k in a.kernels:
            times[k].append(start_to_answer(k))
        print(f"round {r + 1}: " + ", ".join(f"{k} {t[-1]:.2f} s" for k, t in times.items()), flush=True)
    width = max(map(len, a.kernels))
    for k, t in times.items():
        print(f"{k:{width}s}  median {statistics.median(t):.2f} s  (min {min(t):.2f}, max {max(t):.2f}, {len(t)} starts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
