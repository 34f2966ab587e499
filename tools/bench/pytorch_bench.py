"""PyTorch side of `make bench`: the same workloads as nnlab.bench.Bench, in PyTorch.

Usage: /usr/bin/python3 tools/bench/pytorch_bench.py DTYPE THREADS RUNS [WORKLOAD ...]
  DTYPE     float32 or float64
  THREADS   torch.set_num_threads(THREADS); set OMP_WAIT_POLICY in the environment before
            starting this script (it is read when torch loads)
  RUNS      timed runs after one warm-up run

Prints `RESULT name unit v1 v2 ...` lines like the Java side. W1loss (DTYPE and RUNS ignored) trains
W1 one epoch in float64 and float32 from the same start, as the Java side's W1loss does. Each timed run is what nnlab's
`Training.run()` does: shuffle the row order, gather each batch, forward, loss, backward, step.
W4 reads Fashion-MNIST's four gzipped IDX files itself (gzip + numpy, no torchvision, nothing
downloaded) from the folder nnlab reads: $NNLAB_FASHION_MNIST, else /usr/share/datasets/fashion-mnist.
"""
import gzip
import os
import struct
import sys
import time

import numpy as np

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


def w1_loss():
    """W1 for one epoch in float64 and in float32 from the same start and shuffle: the mean training
    loss of the epoch and the trained net's loss on all rows (in float64), as nnlab's W1loss."""
    x, labels = classes(60_000, 784, 10, 1, torch.float64)
    torch.manual_seed(1)
    start = mlp([784, 256, 128, 10], nn.ReLU).to(torch.float64)
    order = torch.randperm(60_000, generator=torch.Generator().manual_seed(2))
    epoch_loss, final_loss = [], []
    for dtype in (torch.float64, torch.float32):
        model = mlp([784, 256, 128, 10], nn.ReLU).to(torch.float64)
        model.load_state_dict(start.state_dict())
        model = model.to(dtype)
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        xs, total = x.to(dtype), 0.0
        for begin in range(0, 60_000, 128):
            idx = order[begin:begin + 128]
            opt.zero_grad(set_to_none=True)
            loss = nn.functional.cross_entropy(model(xs[idx]), labels[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        epoch_loss.append(total / 60_000)
        with torch.no_grad():
            final_loss.append(nn.functional.cross_entropy(model.to(torch.float64)(x), labels).item())
    values = epoch_loss + final_loss + [abs(epoch_loss[1] - epoch_loss[0]) / epoch_loss[0],
                                        abs(final_loss[1] - final_loss[0]) / final_loss[0]]
    print("RESULT W1loss loss", " ".join(f"{v:.6g}" for v in values), flush=True)


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


def idx(path, magic, dims):
    """The array in one gzipped (or plain) IDX file, its magic number and sizes checked."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    head = 4 + 4 * dims
    if len(data) < head or struct.unpack(">I", data[:4])[0] != magic:
        raise SystemExit(f"{path}: not an IDX file with magic number {magic:#010x}")
    shape = struct.unpack(">" + "I" * dims, data[4:head])
    if len(data) - head != int(np.prod(shape)):
        raise SystemExit(f"{path}: {len(data) - head} bytes after the header, the header says {shape}")
    return np.frombuffer(data, dtype=np.uint8, offset=head).reshape(shape)


def fashion_mnist(part, dtype):
    """x (n x 784, pixels / 255 as nnlab scales them) and the labels of 'train' or 't10k'."""
    folder = os.environ.get("NNLAB_FASHION_MNIST", "/usr/share/datasets/fashion-mnist")
    name = os.path.join(folder, f"{part}-%s-ubyte.gz")
    images = idx(name % "images-idx3", 0x803, 3)
    labels = idx(name % "labels-idx1", 0x801, 1)
    x = torch.from_numpy(images.reshape(len(images), -1).astype(np.float64) / 255.0).to(dtype)
    return x, torch.from_numpy(labels.astype(np.int64))


def w4(dtype, runs):
    """W1's network on Fashion-MNIST: 10 epochs of a fresh net per timed run, then its test accuracy."""
    x, labels = fashion_mnist("train", dtype)
    x_test, labels_test = fashion_mnist("t10k", dtype)
    loss_fn = nn.CrossEntropyLoss()
    epochs = 10

    def fresh(seed):
        torch.manual_seed(seed)
        model = mlp([784, 256, 128, 10], nn.ReLU).to(dtype)
        return model, torch.optim.Adam(model.parameters(), lr=1e-3)

    model, opt = fresh(2)  # warm-up: one epoch of a throwaway net
    epoch(model, opt, loss_fn, x, labels, 128, True)
    rates, accuracies = [], []
    for _ in range(runs):
        model, opt = fresh(1)
        t = time.perf_counter()
        for _ in range(epochs):
            epoch(model, opt, loss_fn, x, labels, 128, True)
        rates.append(epochs * len(x) / (time.perf_counter() - t))
        with torch.no_grad():
            accuracies.append((model(x_test).argmax(dim=1) == labels_test).double().mean().item())
    print("RESULT W4accuracy fraction", " ".join(f"{a:.4f}" for a in accuracies), flush=True)
    return rates


def main():
    dtype = {"float32": torch.float32, "float64": torch.float64}[sys.argv[1]]
    torch.set_num_threads(int(sys.argv[2]))
    runs = int(sys.argv[3])
    which = sys.argv[4:] or ["W1", "W2", "W3"]
    torch.manual_seed(0)
    units = {"W1": "samples/s", "W2": "steps/s", "W3": "samples/s", "W4": "samples/s"}
    for w in which:
        if w == "W1loss":
            w1_loss()
            continue
        rates = {"W1": w1, "W2": w2, "W3": w3, "W4": w4}[w](dtype, runs)
        print("RESULT", w, units[w], " ".join(f"{r:.1f}" for r in rates), flush=True)


if __name__ == "__main__":
    main()
