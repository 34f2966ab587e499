package nnlab.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import nnlab.init.Init;
import nnlab.nn.Activation;
import nnlab.nn.BatchNorm;
import nnlab.nn.Dense;
import nnlab.nn.Dropout;
import nnlab.nn.Layer;
import nnlab.nn.Residual;

/**
 * The shape of a {@link Net}, reusable: the layers, the default initializer and a seed, but no
 * weights. {@link #build()} draws a fresh net from it each time it is called, so one
 * architecture gives one independent net per run:
 *
 * <pre>{@code
 * var moons = Net.input(2).dense(16, Activation.relu()).dense(1, Activation.sigmoid()).init(Init.heNormal());
 * Net a = moons.build(1);     // weights drawn from seed 1
 * Net b = moons.build(2);     // another net, seed 2; a is untouched
 * }</pre>
 *
 * Each fluent method validates its argument at once, adds to this architecture and returns it
 * (like {@link StringBuilder}: a loop may call {@code arch.dense(…)} without reassigning). Nets
 * already built never change when the architecture does. Layers are named by kind and
 * position: dense1, relu1, dense2, …
 *
 * <p>Draw order: the weights of the dense layers are drawn in layer order from
 * {@code new Random(seed)}; each dropout layer's mask seed from a second stream,
 * {@code new Random(seed ^ 0x5DEECE66DL)} (a training run reseeds the masks from its own seed).
 */
public final class Architecture {

    private final int inputSize;
    private final List<Step> steps = new ArrayList<>();
    private Init init = Init.normalizedXavier();
    private long seed = 0;

    private sealed interface Step permits DenseStep, ActivationStep, DropoutStep, BatchNormStep, ResidualStep {}

    private record DenseStep(int units, Init init) implements Step {}

    private record ActivationStep(Activation activation) implements Step {}

    private record DropoutStep(double p) implements Step {}

    private record BatchNormStep(double momentum, double epsilon) implements Step {}

    private record ResidualStep(int depth, Activation activation) implements Step {}

    Architecture(int inputSize) {
        if (inputSize < 1) {
            throw new IllegalArgumentException("A net needs at least one input feature. Received: input=" + inputSize);
        }
        this.inputSize = inputSize;
    }

    /** A dense layer of {@code units} units with no activation (a linear output). */
    public Architecture dense(int units) {
        return dense(units, null, null);
    }

    /** A dense layer followed by an activation layer. */
    public Architecture dense(int units, Activation activation) {
        return dense(units, activation, null);
    }

    /** A dense layer with its own initializer, overriding the net's default. */
    public Architecture dense(int units, Activation activation, Init init) {
        if (units < 1) {
            throw new IllegalArgumentException("A dense layer needs at least one unit. Received: units=" + units);
        }
        steps.add(new DenseStep(units, init));
        if (activation != null) {
            steps.add(new ActivationStep(activation));
        }
        return this;
    }

    /** An activation layer on its own. */
    public Architecture activation(Activation activation) {
        steps.add(new ActivationStep(Objects.requireNonNull(activation, "activation")));
        return this;
    }

    /** Dropout with drop probability {@code p} in [0, 1). */
    public Architecture dropout(double p) {
        new Dropout("check", 1, p, 0);
        steps.add(new DropoutStep(p));
        return this;
    }

    /** Batch normalization with momentum 0.9 and ε = 1e-5. */
    public Architecture batchNorm() {
        return batchNorm(0.9, 1e-5);
    }

    /** Batch normalization with the given running-statistics momentum and ε. */
    public Architecture batchNorm(double momentum, double epsilon) {
        new BatchNorm("check", 1, momentum, epsilon);
        steps.add(new BatchNormStep(momentum, epsilon));
        return this;
    }

    /**
     * A residual block {@code Y = X + F(X)} where F is {@code depth} dense layers of the current
     * width, each followed by {@code activation}.
     */
    public Architecture residual(int depth, Activation activation) {
        if (depth < 1) {
            throw new IllegalArgumentException("A residual block needs depth >= 1. Received: depth=" + depth);
        }
        steps.add(new ResidualStep(depth, Objects.requireNonNull(activation, "activation")));
        return this;
    }

    /** The default initializer for dense weights (normalized Xavier unless set). */
    public Architecture init(Init init) {
        this.init = Objects.requireNonNull(init, "init");
        return this;
    }

    /** The seed {@link #build()} draws the weights and dropout seeds from (0 unless set). */
    public Architecture seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** A new net with weights drawn from the seed set with {@link #seed(long)} (0 unless set). */
    public Net build() {
        return build(seed);
    }

    /**
     * A new net with weights drawn from {@code seed}; the architecture's own seed is not changed.
     * The same architecture and seed always give bit for bit the same weights.
     */
    public Net build(long seed) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("Add at least one layer, e.g. Net.input(2).dense(1, Activation.sigmoid()).");
        }
        Random weights = new Random(seed);
        Random dropoutSeeds = new Random(seed ^ 0x5DEECE66DL);
        Map<String, Integer> counters = new LinkedHashMap<>();
        List<Layer> layers = new ArrayList<>();
        int width = inputSize;
        for (Step step : steps) {
            Layer layer;
            if (step instanceof DenseStep d) {
                layer = dense(counters, width, d.units(), d.init() == null ? init : d.init(), weights);
            } else if (step instanceof ActivationStep a) {
                layer = a.activation().create(nextName(counters, a.activation().name()), width);
            } else if (step instanceof DropoutStep d) {
                layer = new Dropout(nextName(counters, "dropout"), width, d.p(), dropoutSeeds.nextLong());
            } else if (step instanceof BatchNormStep b) {
                layer = new BatchNorm(nextName(counters, "batchnorm"), width, b.momentum(), b.epsilon());
            } else {
                layer = residual(counters, width, (ResidualStep) step, weights);
            }
            layers.add(layer);
            width = layer.outputSize();
        }
        return new Net(layers, inputSize, seed, init);
    }

    private static Dense dense(Map<String, Integer> counters, int in, int out, Init init, Random rng) {
        Dense d = new Dense(nextName(counters, "dense"), in, out);
        d.initialize(init, rng);
        return d;
    }

    private Residual residual(Map<String, Integer> counters, int width, ResidualStep r, Random rng) {
        String name = nextName(counters, "residual");
        List<Layer> inner = new ArrayList<>();
        for (int i = 0; i < r.depth(); i++) {
            inner.add(dense(counters, width, width, init, rng));
            inner.add(r.activation().create(nextName(counters, r.activation().name()), width));
        }
        return new Residual(name, inner);
    }

    private static String nextName(Map<String, Integer> counters, String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return kind + n;
    }

    /** The layers as {@link Net#summary()} lists them, for the net {@link #build()} would give. */
    @Override
    public String toString() {
        if (steps.isEmpty()) {
            return "Architecture: input of " + inputSize + " features, no layers yet (add one with .dense(…))";
        }
        return "Architecture (weights are drawn at build())\n" + build().summary();
    }
}
