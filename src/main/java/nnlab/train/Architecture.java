package nnlab.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Columns after the steps so far, and the dense layers so far (for names in messages). */
    private int width;
    private int denseCount;

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
        this.width = inputSize;
    }

    /** A dense layer of {@code units} units with no activation (a linear output). */
    public Architecture dense(int units) {
        addDense(units, null);
        return this;
    }

    /**
     * A dense layer followed by an activation layer.
     *
     * @throws IllegalArgumentException for a null activation (write {@code dense(units)} for a linear layer)
     */
    public Architecture dense(int units, Activation activation) {
        requireActivation(activation, "dense(" + units + ", null)");
        addDense(units, null);
        steps.add(new ActivationStep(activation));
        return this;
    }

    /** A dense layer with its own initializer, overriding the net's default. */
    public Architecture dense(int units, Activation activation, Init init) {
        requireActivation(activation, "dense(" + units + ", null, init)");
        if (init == null) {
            throw new IllegalArgumentException("dense(units, activation, init) needs an initializer, e.g. Init.heNormal();"
                    + " for the net's default write dense(" + units + ", activation). Received: init=null");
        }
        addDense(units, init);
        steps.add(new ActivationStep(activation));
        return this;
    }

    private void addDense(int units, Init init) {
        String name = "dense" + (denseCount + 1);
        if (units < 1) {
            throw new IllegalArgumentException("A dense layer needs at least one unit. Received: units=" + units
                    + " (layer " + name + ")");
        }
        Dense.requireSize(name, width, units);
        steps.add(new DenseStep(units, init));
        denseCount++;
        width = units;
    }

    private static void requireActivation(Activation activation, String call) {
        if (activation == null) {
            throw new IllegalArgumentException("The activation is null. For a linear layer write dense(units) or pass"
                    + " Activation.identity(); otherwise e.g. Activation.relu(). Received: " + call);
        }
    }

    /** An activation layer on its own. */
    public Architecture activation(Activation activation) {
        requireActivation(activation, "activation(null)");
        steps.add(new ActivationStep(activation));
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
        requireActivation(activation, "residual(" + depth + ", null)");
        for (int i = 0; i < depth; i++) {
            Dense.requireSize("dense" + (denseCount + 1), width, width);
            denseCount++;
        }
        steps.add(new ResidualStep(depth, activation));
        return this;
    }

    /** The default initializer for dense weights (normalized Xavier unless set). */
    public Architecture init(Init init) {
        if (init == null) {
            throw new IllegalArgumentException("The initializer is null; pass one, e.g. Init.heNormal() or"
                    + " Init.normalizedXavier() (the default). Received: init=null");
        }
        this.init = init;
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
        requireMemory();
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

    /**
     * Fails before allocating when the weights and their gradients (2 × 8 bytes a parameter, the
     * least a net needs) do not fit into the JVM's maximum heap, rather than with an
     * OutOfMemoryError half-way through.
     */
    private void requireMemory() {
        long params = 0;
        long largest = 0;
        int w = inputSize;
        for (Step step : steps) {
            if (step instanceof DenseStep d) {
                long p = (long) w * d.units() + d.units();
                params += p;
                largest = Math.max(largest, p);
                w = d.units();
            } else if (step instanceof ResidualStep r) {
                params += r.depth() * ((long) w * w + w);
            }
        }
        long bytes = 16 * params;
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new IllegalArgumentException("This net has " + params + " parameters (largest dense layer " + largest
                    + "); their values and gradients need " + bytes / (1 << 20) + " MB, more than the JVM's maximum heap of "
                    + heap / (1 << 20) + " MB (-Xmx). Use fewer units. Received: " + this.describeWidths());
        }
    }

    private String describeWidths() {
        StringBuilder sb = new StringBuilder("input=").append(inputSize);
        for (Step step : steps) {
            if (step instanceof DenseStep d) {
                sb.append(", dense ").append(d.units());
            }
        }
        return sb.toString();
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
        try {
            return "Architecture (weights are drawn at build())\n" + build().summary();
        } catch (IllegalArgumentException e) {
            return "Architecture that cannot be built: " + e.getMessage();
        }
    }
}
