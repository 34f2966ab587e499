"""PyTorch side of `make bench`: the same three workloads as nnlab.bench.Bench, in PyTorch.

Usage: /usr/bin/python3 tools/bench/pytorch_bench.py DTYPE THREADS RUNS [WORKLOAD ...]
  DTYPE     float32 or float64
  THREADS   torch.set_num_threads(THREADS); set OMP_WAIT_POLICY in the environment before
            starting this script (it is read when torch loads)
  RUNS      timed runs after one warm-up run

Prints `RESULT name unit v1 v2 ...` lines like the Java side. Each timed run is what nnlab's
`Training.run()` does: shuffle the row order, gather each batch, forward, loss, backward, step.
"""
import sys
import time

import torch
from torch import nn


def classes(n, d, k, seed, dtype):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, d, generator=g, dtype=torch.float64)
    teacher = torch.randn(d, k, generator=g, dtype=torch.float64)
    labels = (x @ teacher).argmax(dim=1)
    return x.to(dtype), labels


def mlp(sizes, act):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(act())
    return nn.Sequential(*layers)


def epoch(model, opt, loss_fn, x, y, batch, shuffle):
    n = x.shape[0]
    order = torch.randperm(n) if shuffle else None
    for start in range(0, n, batch):
        if order is None and batch >= n:
            xb, yb = x, y
        else:
            idx = order[start:start + batch]
            xb, yb = x[idx], y[idx]
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()


def timed(run, units, runs):
    run()  # warm-up
    rates = []
    for _ in range(runs):
        t = time.perf_counter()
        run()
        rates.append(units / (time.perf_counter() - t))
    return rates


def w1(dtype, runs):
    x, labels = classes(60_000, 784, 10, 1, dtype)
    model = mlp([784, 256, 128, 10], nn.ReLU).to(dtype)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()  # softmax + cross-entropy, fused
    return timed(lambda: epoch(model, opt, loss_fn, x, labels, 128, True), 60_000, runs)


def w2(dtype, runs):
    x, labels = classes(1_000, 2, 2, 2, dtype)
    y = labels.to(dtype).unsqueeze(1)
    model = mlp([2, 16, 16, 1], nn.Tanh).to(dtype)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.BCEWithLogitsLoss()  # sigmoid + binary cross-entropy, fused
    steps = 2_000

    def run():
        for _ in range(steps):
            epoch(model, opt, loss_fn, x, y, 1_000, False)
    return timed(run, steps, runs)


def w3(dtype, runs):
    x, labels = classes(10_000, 784, 10, 3, dtype)
    model = mlp([784] + [100] * 10 + [10], nn.Sigmoid).to(dtype)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.CrossEntropyLoss()
    return timed(lambda: epoch(model, opt, loss_fn, x, labels, 64, True), 10_000, runs)


def main():
    dtype = {"float32": torch.float32, "float64": torch.float64}[sys.argv[1]]
    torch.set_num_threads(int(sys.argv[2]))
    runs = int(sys.argv[3])
    which = sys.argv[4:] or ["W1", "W2", "W3"]
    torch.manual_seed(0)
    units = {"W1": "samples/s", "W2": "steps/s", "W3": "samples/s"}
    for w in which:
        rates = {"W1": w1, "W2": w2, "W3": w3}[w](dtype, runs)
        print("RESULT", w, units[w], " ".join(f"{r:.1f}" for r in rates), flush=True)


if __name__ == "__main__":
    main()
