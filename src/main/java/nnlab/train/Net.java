package nnlab.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.init.Init;
import nnlab.loss.FusedLoss;
import nnlab.loss.Loss;
import nnlab.metrics.Metric;
import nnlab.nn.Activation;
import nnlab.nn.BatchNorm;
import nnlab.nn.Dense;
import nnlab.nn.Dropout;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.nn.Residual;
import nnlab.nn.Sigmoid;
import nnlab.nn.Softmax;
import org.ejml.data.DMatrixRMaj;

/**
 * A feed-forward network: a stack of {@link Layer}s applied in order. Build one with the fluent
 * builder, train it with {@link #train(Dataset)}:
 *
 * <pre>{@code
 * var net = Net.input(2)
 *     .dense(16, Activation.relu())
 *     .dense(1, Activation.sigmoid())
 *     .init(Init.heNormal())
 *     .seed(42)
 *     .build();
 * History h = net.train(data).loss(Loss.binaryCrossEntropy()).optimizer(Optimizer.sgd(0.1)).run();
 * }</pre>
 *
 * The architecture is fixed once built; the parameters change as it trains.
 */
public final class Net {

    private final List<Layer> layers;
    private final int inputSize;
    private final long seed;
    private final Init init;
    private DMatrixRMaj inputGradient;
    /** ∂L/∂(first layer's output) from the last {@link #computeGradients}, for {@link #inputGradient()}. */
    private DMatrixRMaj firstLayerGradient;
    /** Rows per forward pass in {@link #predict} and {@link #meanLoss}. */
    static final int CHUNK = 1024;
    private final DMatrixRMaj chunkX = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj chunkY = new DMatrixRMaj(0, 0);
    /** Each layer's output from the last forward pass (references to the layers' own buffers). */
    private final DMatrixRMaj[] outputs;

    Net(List<Layer> layers, int inputSize, long seed, Init init) {
        this.layers = List.copyOf(layers);
        this.inputSize = inputSize;
        this.seed = seed;
        this.init = init;
        this.outputs = new DMatrixRMaj[this.layers.size()];
    }

    /** Starts a builder for a net whose examples have {@code features} columns. */
    public static Builder input(int features) {
        return new Builder(features);
    }

    /** Rebuilds a net from existing layers (used by loading); sizes must chain. */
    public static Net of(List<Layer> layers, long seed, Init init) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("A net needs at least one layer.");
        }
        checkChain(layers);
        return new Net(layers, layers.get(0).inputSize(), seed, init);
    }

    private static void checkChain(List<Layer> layers) {
        for (int i = 1; i < layers.size(); i++) {
            Layer a = layers.get(i - 1);
            Layer b = layers.get(i);
            if (a.outputSize() != b.inputSize()) {
                throw new IllegalArgumentException("Layer " + a.name() + " outputs " + a.outputSize() + " columns but "
                        + b.name() + " expects " + b.inputSize() + ".");
            }
        }
    }

    public List<Layer> layers() { return layers; }

    /** The i-th layer (0-based). */
    public Layer layer(int i) { return layers.get(i); }

    /** The layer with this name, e.g. {@code "dense1"}. */
    public Layer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("No layer named '" + name + "'. Layers: "
                        + layers.stream().map(Layer::name).toList()));
    }

    /**
     * The dense layers in order, without the activation, dropout and batch-norm layers between
     * them (dense layers inside a residual block are not listed). {@code denseLayers().get(0)} is
     * the first hidden layer, the last one is the output layer's weights.
     */
    public List<Dense> denseLayers() {
        List<Dense> out = new ArrayList<>();
        for (Layer l : layers) {
            if (l instanceof Dense d) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The {@code i}-th dense layer, 0-based and counting dense layers only: {@code dense(0)} is
     * the first hidden layer, whatever activation layers follow it.
     */
    public Dense dense(int i) {
        List<Dense> dense = denseLayers();
        if (i < 0 || i >= dense.size()) {
            throw new IllegalArgumentException("This net has " + dense.size() + " dense layers (0 to "
                    + (dense.size() - 1) + "). Received: dense(" + i + ")");
        }
        return dense.get(i);
    }

    public int inputSize() { return inputSize; }

    public int outputSize() { return layers.get(layers.size() - 1).outputSize(); }

    /** The seed the weights were drawn with. */
    public long seed() { return seed; }

    /** The default initializer the net was built with. */
    public Init init() { return init; }

    /** All parameters, layer by layer, in a fixed order. */
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        layers.forEach(l -> all.addAll(l.parameters()));
        return all;
    }

    /** Total number of scalars in the parameters. */
    public int parameterCount() {
        return layers.stream().mapToInt(Layer::parameterCount).sum();
    }

    /**
     * Runs every layer. The result is owned by the last layer and overwritten by the next call.
     *
     * @param training true for training behaviour (dropout active, batch statistics)
     */
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        if (x.numCols != inputSize) {
            throw new IllegalArgumentException("This net takes " + inputSize + " input columns but received a "
                    + x.numRows + "x" + x.numCols + " matrix.");
        }
        DMatrixRMaj h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(h, training);
            outputs[i] = h;
        }
        return h;
    }

    /** Backpropagates {@code ∂L/∂Ŷ} through every layer; returns {@code ∂L/∂X}. */
    public DMatrixRMaj backward(DMatrixRMaj dOut) {
        DMatrixRMaj g = dOut;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g);
        }
        return g;
    }

    /** {@link #computeGradients(DMatrixRMaj, DMatrixRMaj, Loss, DMatrixRMaj)} without sample weights. */
    public double computeGradients(DMatrixRMaj x, DMatrixRMaj y, Loss loss) {
        return computeGradients(x, y, loss, null);
    }

    /**
     * One forward and backward pass in training mode: leaves {@code ∂L/∂θ} in every parameter and
     * returns L. When the loss fuses with the output layer (sigmoid + binary cross-entropy,
     * softmax + categorical cross-entropy), the loss is computed from the output layer's input
     * and the output layer's own backward is skipped.
     *
     * @param sampleWeights m × 1 or null
     * @return the loss L of the batch
     */
    public double computeGradients(DMatrixRMaj x, DMatrixRMaj y, Loss loss, DMatrixRMaj sampleWeights) {
        int last = layers.size() - 1;
        Layer out = layers.get(last);
        if (loss instanceof FusedLoss fused && fused.fusesWith(out)) {
            DMatrixRMaj z = forwardUpTo(x, last, true);
            outputs[last] = out.forward(z, true);
            double value = fused.forwardLogits(z, y, sampleWeights);
            // ∂L/∂Z from the fused loss goes straight to the layer below the output activation
            backpropagate(loss.backward(), last - 1);
            return value;
        }
        double value = loss.forward(forward(x, true), y, sampleWeights);
        backpropagate(loss.backward(), last);
        return value;
    }

    /**
     * Backward from layer {@code top} down. The first layer computes only its parameter
     * gradients: nobody needs ∂L/∂X while training, and for a dense first layer it would cost
     * a third of the layer's backward work. {@link #inputGradient()} computes it on request.
     */
    private void backpropagate(DMatrixRMaj g, int top) {
        firstLayerGradient = null;
        if (top < 0) {
            inputGradient = g; // the fused output layer was the only layer
            return;
        }
        for (int i = top; i >= 1; i--) {
            g = layers.get(i).backward(g);
        }
        firstLayerGradient = g;
        inputGradient = layers.get(0).backwardParametersOnly(g);
    }

    /**
     * {@code ∂L/∂X} from the last {@link #computeGradients} call (owned by the first layer;
     * overwritten by the next call), or null before the first call. Call it before the next
     * forward pass: it is computed on request from that call's saved gradients.
     */
    public DMatrixRMaj inputGradient() {
        if (inputGradient == null && firstLayerGradient != null) {
            inputGradient = layers.get(0).backward(firstLayerGradient);
        }
        return inputGradient;
    }

    /** L for a batch, computed exactly as {@link #computeGradients} computes it, without backward. */
    public double lossValue(DMatrixRMaj x, DMatrixRMaj y, Loss loss, DMatrixRMaj sampleWeights, boolean training) {
        int last = layers.size() - 1;
        if (loss instanceof FusedLoss fused && fused.fusesWith(layers.get(last))) {
            return fused.forwardLogits(forwardUpTo(x, last, training), y, sampleWeights);
        }
        return loss.forward(forward(x, training), y, sampleWeights);
    }

    private DMatrixRMaj forwardUpTo(DMatrixRMaj x, int end, boolean training) {
        if (x.numCols != inputSize) {
            throw new IllegalArgumentException("This net takes " + inputSize + " input columns but received a "
                    + x.numRows + "x" + x.numCols + " matrix.");
        }
        DMatrixRMaj h = x;
        for (int i = 0; i < end; i++) {
            h = layers.get(i).forward(h, training);
            outputs[i] = h;
        }
        return h;
    }

    /**
     * Layer {@code i}'s output from the most recent forward pass (training or inference, whole
     * net or up to a fused loss), for diagnostics such as activation statistics after a batch;
     * null before the first pass. The matrix belongs to the layer and is overwritten by the next
     * pass: read it, do not keep or modify it.
     */
    public DMatrixRMaj lastOutput(int i) {
        return outputs[i];
    }

    /**
     * Predictions for {@code x} in inference mode, as a new matrix the caller owns. Large inputs
     * run in chunks of {@value #CHUNK} rows, so the layers' buffers never grow beyond that (a
     * 60,000-row data set through a 256-unit layer would otherwise need 120 MB per buffer).
     */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        int k = outputSize();
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, k);
        for (int from = 0; from < x.numRows; from += CHUNK) {
            int to = Math.min(from + CHUNK, x.numRows);
            DMatrixRMaj p = forward(rows(x, from, to, chunkX), false);
            System.arraycopy(p.data, 0, out.data, from * k, (to - from) * k);
        }
        return out;
    }

    /** The mean loss over a whole data set in inference mode, computed in chunks like {@link #predict}. */
    public double meanLoss(DMatrixRMaj x, DMatrixRMaj y, Loss loss) {
        double sum = 0;
        for (int from = 0; from < x.numRows; from += CHUNK) {
            int to = Math.min(from + CHUNK, x.numRows);
            // L = (1/N) Σ_chunks rows · L_chunk
            sum += (to - from) * lossValue(rows(x, from, to, chunkX), rows(y, from, to, chunkY), loss, null, false);
        }
        return sum / x.numRows;
    }

    private static DMatrixRMaj rows(DMatrixRMaj src, int from, int to, DMatrixRMaj dst) {
        dst.reshape(to - from, src.numCols);
        System.arraycopy(src.data, from * src.numCols, dst.data, 0, (to - from) * src.numCols);
        return dst;
    }

    /** Predictions for rows given as arrays. */
    public DMatrixRMaj predict(double[][] x) {
        return predict(new DMatrixRMaj(x));
    }

    /** Starts a training run on {@code trainSet}; configure it, then call {@link Training#run()}. */
    public Training train(Dataset trainSet) {
        return new Training(this, trainSet);
    }

    /**
     * Loss and metrics on a data set in inference mode. The loss is the usual one for the
     * output layer (binary cross-entropy after a sigmoid, categorical cross-entropy after a
     * softmax, MSE otherwise); the metrics are accuracy for those classifiers and MSE and R²
     * otherwise.
     */
    public Evaluation evaluate(Dataset data) {
        return evaluate(data, defaultLoss(), defaultMetrics().toArray(new Metric[0]));
    }

    /** Loss and the given metrics on a data set, in inference mode. */
    public Evaluation evaluate(Dataset data, Loss loss, Metric... metrics) {
        DMatrixRMaj x = data.xView();
        DMatrixRMaj y = data.yView();
        double l = meanLoss(x, y, loss);
        DMatrixRMaj p = predict(x);
        Map<String, Double> values = new LinkedHashMap<>();
        for (Metric m : metrics) {
            values.put(m.name(), m.compute(p, y));
        }
        return new Evaluation(loss.name(), l, values);
    }

    /**
     * The loss training uses unless told otherwise: binary cross-entropy for a sigmoid output,
     * categorical for softmax, MSE otherwise.
     */
    public Loss defaultLoss() {
        Layer out = layers.get(layers.size() - 1);
        if (out instanceof Sigmoid) {
            return Loss.binaryCrossEntropy();
        }
        if (out instanceof Softmax) {
            return Loss.categoricalCrossEntropy();
        }
        return Loss.mse();
    }

    /** Accuracy for a sigmoid or softmax output, MSE and R² otherwise. */
    List<Metric> defaultMetrics() {
        Layer out = layers.get(layers.size() - 1);
        if (out instanceof Sigmoid || out instanceof Softmax) {
            return List.of(Metric.accuracy());
        }
        return List.of(Metric.mse(), Metric.r2());
    }

    /**
     * A text table of the layers: name, kind, output shape, parameter count and whether the
     * parameters are trainable or frozen, with totals.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-12s %-22s %-10s %8s  %s%n";
        sb.append(String.format(fmt, "layer", "type", "output", "params", "trainable"));
        sb.append("-".repeat(66)).append('\n');
        sb.append(String.format(fmt, "input", "", "(m, " + inputSize + ")", "0", ""));
        int trainable = 0;
        for (Layer l : layers) {
            int count = l.parameterCount();
            String status = count == 0 ? "" : l.isFrozen() ? "frozen" : "yes";
            for (Parameter p : l.parameters()) {
                trainable += p.isFrozen() ? 0 : p.size();
            }
            sb.append(String.format(fmt, l.name(), describe(l), "(m, " + l.outputSize() + ")", count, status));
        }
        sb.append("-".repeat(66)).append('\n');
        int total = parameterCount();
        sb.append("total params: ").append(total).append("  trainable: ").append(trainable)
                .append("  frozen: ").append(total - trainable).append('\n');
        sb.append("init: ").append(init == null ? "(loaded from a file)" : init).append("  seed: ").append(seed).append('\n');
        return sb.toString();
    }

    private static String describe(Layer l) {
        if (l instanceof Dense d) {
            return "Dense " + d.inputSize() + "→" + d.outputSize();
        }
        if (l instanceof Dropout d) {
            return "Dropout p=" + d.dropProbability();
        }
        if (l instanceof Residual r) {
            return "Residual (" + r.layers().size() + " layers)";
        }
        return l.getClass().getSimpleName();
    }

    @Override
    public String toString() { return summary(); }

    /** Loss and metric values of a net on a data set. */
    public record Evaluation(String lossName, double loss, Map<String, Double> metrics) {

        public Evaluation {
            metrics = Map.copyOf(new LinkedHashMap<>(metrics));
        }

        /** The value of one metric, e.g. {@code metric("accuracy")}. */
        public double metric(String name) {
            Double v = metrics.get(name);
            if (v == null) {
                throw new IllegalArgumentException("No metric '" + name + "'. Available: " + metrics.keySet());
            }
            return v;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(lossName + " = " + String.format("%.6f", loss));
            metrics.forEach((k, v) -> sb.append(", ").append(k).append(" = ").append(String.format("%.4f", v)));
            return sb.toString();
        }
    }

    /**
     * Builds a {@link Net}. Each method validates its argument at once; {@link #build()} draws
     * the weights. Layers are named by kind and position: dense1, relu1, dense2, …
     */
    public static final class Builder {

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

        private Builder(int inputSize) {
            if (inputSize < 1) {
                throw new IllegalArgumentException("A net needs at least one input feature. Received: input=" + inputSize);
            }
            this.inputSize = inputSize;
        }

        /** A dense layer of {@code units} units with no activation (a linear output). */
        public Builder dense(int units) {
            return dense(units, null, null);
        }

        /** A dense layer followed by an activation layer. */
        public Builder dense(int units, Activation activation) {
            return dense(units, activation, null);
        }

        /** A dense layer with its own initializer, overriding the net's default. */
        public Builder dense(int units, Activation activation, Init init) {
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
        public Builder activation(Activation activation) {
            steps.add(new ActivationStep(java.util.Objects.requireNonNull(activation, "activation")));
            return this;
        }

        /** Dropout with drop probability {@code p} in [0, 1). */
        public Builder dropout(double p) {
            new Dropout("check", 1, p, 0);
            steps.add(new DropoutStep(p));
            return this;
        }

        /** Batch normalization with momentum 0.9 and ε = 1e-5. */
        public Builder batchNorm() {
            return batchNorm(0.9, 1e-5);
        }

        /** Batch normalization with the given running-statistics momentum and ε. */
        public Builder batchNorm(double momentum, double epsilon) {
            new BatchNorm("check", 1, momentum, epsilon);
            steps.add(new BatchNormStep(momentum, epsilon));
            return this;
        }

        /**
         * A residual block {@code Y = X + F(X)} where F is {@code depth} dense layers of the current
         * width, each followed by {@code activation}.
         */
        public Builder residual(int depth, Activation activation) {
            if (depth < 1) {
                throw new IllegalArgumentException("A residual block needs depth >= 1. Received: depth=" + depth);
            }
            steps.add(new ResidualStep(depth, java.util.Objects.requireNonNull(activation, "activation")));
            return this;
        }

        /** The default initializer for dense weights (normalized Xavier unless set). */
        public Builder init(Init init) {
            this.init = java.util.Objects.requireNonNull(init, "init");
            return this;
        }

        /** The seed of the weights and of the dropout masks (0 unless set). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Creates the layers and draws the weights from {@code seed}. */
        public Net build() {
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

        private Dense dense(Map<String, Integer> counters, int in, int out, Init init, Random rng) {
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
    }
}
