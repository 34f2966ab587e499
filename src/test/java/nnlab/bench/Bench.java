package nnlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.data.FashionMnist;
import nnlab.mat.FloatCopy;
import nnlab.mat.Gemm;
import nnlab.mat.Precision;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.train.Architecture;
import nnlab.train.Callback;
import nnlab.train.Net;
import nnlab.train.Snapshots;
import nnlab.train.Training;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;

/**
 * The speed benchmark behind {@code make bench}: trains DESIGN.md's reference workloads W1-W3 on
 * synthetic data of their shapes and W4 on real Fashion-MNIST, times them, and measures the
 * dgemm ceiling through the GEMM seam. Not a test (no assertions, not run by {@code mvn verify}); it lives among the test
 * sources so that it is compiled with the library but neither shipped in the jar nor bound by
 * the import rules of the library's packages.
 *
 * <p>Prints one line per measurement, {@code RESULT name unit value value ...} (one value per
 * timed run), which {@code tools/bench/bench.py} reads and sets beside PyTorch's figures; W4 adds
 * {@code RESULT W4accuracy fraction ...}, the test accuracy after each timed run.
 *
 * <p>Usage: {@code java -cp ... nnlab.bench.Bench [runs] [workload ...]} (default 5 runs of
 * the ceiling and W1 W2 W3; W4, 10 epochs a run, and W1snapshots, W1 with and without
 * {@code Callback.snapshots(1)}, only when named).
 */
public final class Bench {

    /** The suffix of a workload trained in {@link Precision#MIXED}. */
    static final String MIXED = "-mixed";

    private Bench() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> which = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("gemm", "W1", "W2", "W3");
        System.out.println("INFO gemm " + Gemm.implementation());
        for (String name : which) {
            // "W1" trains in DOUBLE, "W1-mixed" the same workload in MIXED (reported under that name)
            Precision p = name.endsWith(MIXED) ? Precision.MIXED : Precision.DOUBLE;
            String w = name.endsWith(MIXED) ? name.substring(0, name.length() - MIXED.length()) : name;
            String suffix = p == Precision.MIXED ? MIXED : "";
            switch (w) {
                case "gemm" -> gemmCeiling(runs);
                case "sgemm" -> sgemmCeiling(runs);
                case "W1" -> w1(runs, p, suffix);
                case "W2" -> w2(runs, p, suffix);
                case "W3" -> w3(runs, p, suffix);
                case "W4" -> w4(runs, p, suffix);
                case "W1snapshots" -> w1Snapshots(runs);
                case "W1loss" -> w1Loss();
                default -> throw new IllegalArgumentException("Unknown workload " + name
                        + "; use gemm, sgemm, W1, W2, W3, W4 (each also as W1-mixed etc.), W1loss or W1snapshots.");
            }
        }
    }

    /** dgemm 1024³ through {@link Gemm#mult}: the practical ceiling for double products here. */
    static void gemmCeiling(int runs) {
        Random rng = new Random(1);
        DMatrixRMaj a = random(1024, 1024, rng);
        DMatrixRMaj b = random(1024, 1024, rng);
        DMatrixRMaj c = new DMatrixRMaj(1024, 1024);
        ceiling("gemm1024", runs, 5, () -> Gemm.mult(a, b, c));
    }

    /** sgemm 1024³ through {@link Gemm#sgemm}: the ceiling for the float32 products of MIXED. */
    static void sgemmCeiling(int runs) {
        Random rng = new Random(1);
        FMatrixRMaj a = new FloatCopy().of(random(1024, 1024, rng)).matrix();
        FMatrixRMaj b = new FloatCopy().of(random(1024, 1024, rng)).matrix();
        FMatrixRMaj c = new FMatrixRMaj(1024, 1024);
        ceiling("sgemm1024", runs, 10, () -> Gemm.sgemm(1f, a, false, b, false, 0f, c));
    }

    /** GFLOP/s of a 1024³ {@code product}: 3 warm-up calls, then {@code runs} timings of {@code reps} calls. */
    private static void ceiling(String name, int runs, int reps, Runnable product) {
        double flops = 2.0 * 1024 * 1024 * 1024 * reps;
        for (int i = 0; i < 3; i++) {
            product.run();
        }
        double[] gflops = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                product.run();
            }
            gflops[r] = flops / (System.nanoTime() - t);
        }
        report(name, "GFLOP/s", gflops);
    }

    /** W1: MLP 784-256-128-10, ReLU, softmax + cross-entropy, Adam, batch 128, 60,000 samples. */
    static void w1(int runs, Precision precision, String suffix) {
        Dataset data = classes(60_000, 784, 10, 1);
        Net net = Net.input(784).dense(256, Activation.relu()).dense(128, Activation.relu())
                .dense(10, Activation.softmax()).seed(1).build();
        Training t = net.train(data).optimizer(Optimizer.adam(1e-3)).batchSize(128).epochs(1).metrics()
                .precision(precision);
        report("W1" + suffix, "samples/s", samplesPerSecond(t, 60_000, 1, runs));
    }

    /**
     * W1's one epoch from the same start in DOUBLE and in MIXED: the training loss of the epoch
     * and the loss of the trained net on all 60,000 rows (evaluated in double), for each precision, and their
     * relative difference |MIXED − DOUBLE| / DOUBLE. Prints {@code RESULT W1loss ...} as
     * {@code double-epoch mixed-epoch double-final mixed-final relative-epoch relative-final}.
     */
    static void w1Loss() {
        Dataset data = classes(60_000, 784, 10, 1);
        double[] epochLoss = new double[2];
        double[] finalLoss = new double[2];
        Precision[] both = {Precision.DOUBLE, Precision.MIXED};
        for (int i = 0; i < 2; i++) {
            Net net = Net.input(784).dense(256, Activation.relu()).dense(128, Activation.relu())
                    .dense(10, Activation.softmax()).seed(1).build();
            epochLoss[i] = net.train(data).optimizer(Optimizer.adam(1e-3)).batchSize(128).epochs(1).metrics()
                    .precision(both[i]).run().last().trainLoss();
            finalLoss[i] = net.evaluate(data).loss();
        }
        report("W1loss", "loss", new double[] {epochLoss[0], epochLoss[1], finalLoss[0], finalLoss[1],
            Math.abs(epochLoss[1] - epochLoss[0]) / epochLoss[0], Math.abs(finalLoss[1] - finalLoss[0]) / finalLoss[0]},
                "%.6g");
    }

    /**
     * The cost of {@code Callback.snapshots(1)} on W1: the same one-epoch training with and
     * without it, alternating run by run in one JVM (so both see the same JIT state and machine
     * load). A run with it copies the net twice (before the epoch and after it), the most
     * snapshots a run can take. Prints {@code RESULT W1 ...} and {@code RESULT W1snapshots ...}.
     */
    static void w1Snapshots(int runs) {
        Dataset data = classes(60_000, 784, 10, 1);
        Net net = Net.input(784).dense(256, Activation.relu()).dense(128, Activation.relu())
                .dense(10, Activation.softmax()).seed(1).build();
        Training plain = net.train(data).optimizer(Optimizer.adam(1e-3)).batchSize(128).epochs(1).metrics();
        Snapshots snapshots = Callback.snapshots(1);
        Training recorded = net.train(data).optimizer(Optimizer.adam(1e-3)).batchSize(128).epochs(1).metrics()
                .callbacks(snapshots);
        plain.run();
        recorded.run();
        double[] without = new double[runs];
        double[] with = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            plain.run();
            without[r] = 60_000 / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            recorded.run();
            with[r] = 60_000 / ((System.nanoTime() - start) / 1e9);
        }
        report("W1", "samples/s", without);
        report("W1snapshots", "samples/s", with);
    }

    /** W2: MLP 2-16-16-1, tanh, sigmoid + binary cross-entropy, SGD, full batch of 1,000. */
    static void w2(int runs, Precision precision, String suffix) {
        Dataset data = classes(1_000, 2, 2, 2);
        Net net = Net.input(2).dense(16, Activation.tanh()).dense(16, Activation.tanh())
                .dense(1, Activation.sigmoid()).seed(1).build();
        int steps = 2_000;
        Training t = net.train(data).optimizer(Optimizer.sgd(0.1)).fullBatch().epochs(steps).shuffle(false).metrics()
                .precision(precision);
        report("W2" + suffix, "steps/s", samplesPerSecond(t, steps, 1, runs));
    }

    /** W3: 784 → 10 dense layers of 100 sigmoid units → 10 (softmax + cross-entropy), SGD, batch 64, 10,000 samples. */
    static void w3(int runs, Precision precision, String suffix) {
        Dataset data = classes(10_000, 784, 10, 3);
        Architecture b = Net.input(784);
        for (int i = 0; i < 10; i++) {
            b.dense(100, Activation.sigmoid());
        }
        Net net = b.dense(10, Activation.softmax()).seed(1).build();
        Training t = net.train(data).optimizer(Optimizer.sgd(0.1)).batchSize(64).epochs(1).metrics()
                .precision(precision);
        report("W3" + suffix, "samples/s", samplesPerSecond(t, 10_000, 1, runs));
    }

    /**
     * W4: W1's network on real Fashion-MNIST, the 60,000 training images for 10 epochs, then the
     * accuracy on the 10,000 test images. One warm-up epoch on a throwaway net (seed 2), then
     * {@code runs} timed runs, each of a fresh net (seed 1, so every run trains the same weights
     * from the same start) for 10 epochs. Each run's samples/s counts 600,000 samples; reading
     * the files is not timed. Needs about 0.5 GB of heap for the data.
     */
    static void w4(int runs, Precision precision, String suffix) {
        Dataset train = FashionMnist.train();
        Dataset test = FashionMnist.test();
        Architecture w1 = Net.input(784).dense(256, Activation.relu()).dense(128, Activation.relu())
                .dense(10, Activation.softmax());
        int epochs = 10;
        w1.build(2).train(train).optimizer(Optimizer.adam(1e-3)).batchSize(128).epochs(1).metrics()
                .precision(precision).run();
        double[] rates = new double[runs];
        double[] accuracies = new double[runs];
        for (int r = 0; r < runs; r++) {
            Net net = w1.build(1);
            Training t = net.train(train).optimizer(Optimizer.adam(1e-3)).batchSize(128).epochs(epochs).metrics()
                    .precision(precision);
            long start = System.nanoTime();
            t.run();
            rates[r] = epochs * train.size() / ((System.nanoTime() - start) / 1e9);
            accuracies[r] = net.accuracy(test);
        }
        report("W4" + suffix, "samples/s", rates);
        report("W4" + suffix + "accuracy", "fraction", accuracies, "%.4f");
    }

    /** One warm-up run, then {@code runs} timed runs of {@code t}; each run covers {@code units} samples or steps. */
    private static double[] samplesPerSecond(Training t, int units, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            t.run();
        }
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            t.run();
            rates[r] = units / ((System.nanoTime() - start) / 1e9);
        }
        return rates;
    }

    /** Gaussian features with labels from a random linear teacher (so training has something to learn). */
    private static Dataset classes(int n, int d, int k, long seed) {
        Random rng = new Random(seed);
        DMatrixRMaj x = random(n, d, rng);
        double[] teacher = new double[d * k];
        for (int i = 0; i < teacher.length; i++) {
            teacher[i] = rng.nextGaussian();
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += x.data[i * d + j] * teacher[j * k + c];
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            labels[i] = best;
        }
        return Dataset.classification(x, labels, k);
    }

    private static DMatrixRMaj random(int rows, int cols, Random rng) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = rng.nextGaussian();
        }
        return m;
    }

    private static void report(String name, String unit, double[] values) {
        report(name, unit, values, "%.1f");
    }

    private static void report(String name, String unit, double[] values, String format) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(String.format(Locale.ROOT, format, v));
        }
        System.out.println("RESULT " + name + " " + unit + " " + String.join(" ", parts));
        System.out.flush();
    }
}
