package nnlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.init.Init;
import nnlab.loss.FusedLoss;
import nnlab.loss.Loss;
import nnlab.mat.MatrixOps;
import nnlab.metrics.Metric;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.nn.Sigmoid;
import nnlab.nn.Softmax;
import org.ejml.data.DMatrixRMaj;

/**
 * A feed-forward network: a stack of {@link Layer}s applied in order. Describe it with an
 * {@link Architecture} ({@link #input(int)}), build it, train it with {@link #train(Dataset)}:
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
 * The layers are fixed once built; the parameters change as it trains, in place. For a fresh
 * net per run, keep the architecture and build again ({@code arch.build(seed)}), or
 * {@link #copy()} a net.
 *
 * <p><b>One thread at a time.</b> A net is not thread-safe: its layers reuse their buffers. Its
 * computing methods (forward, backward, computeGradients, lossValue, inputGradient, predict…,
 * meanLoss, and all that call them: evaluate, accuracy, training) fail fast with an
 * {@link IllegalStateException} naming both threads when a second thread calls one while another
 * is inside, rather than return wrong numbers. Give each thread its own {@link #copy()}.
 */
public final class Net {

    private final List<Layer> layers;
    private final int inputSize;
    private final long seed;
    private final Init init;
    private DMatrixRMaj inputGradient;
    /** ∂L/∂(first layer's output) from the last {@link #computeGradients}, for {@link #inputGradient()}. */
    private DMatrixRMaj firstLayerGradient;
    private final Inference inference = new Inference();
    /** Each layer's output from the last forward pass (references to the layers' own buffers). */
    private final DMatrixRMaj[] outputs;
    private final NetChecks.Guard guard = new NetChecks.Guard();

    Net(List<Layer> layers, int inputSize, long seed, Init init) {
        this.layers = List.copyOf(layers);
        this.inputSize = inputSize;
        this.seed = seed;
        this.init = init;
        this.outputs = new DMatrixRMaj[this.layers.size()];
    }

    /**
     * Starts an {@link Architecture} for examples of {@code features} columns; add layers, then
     * {@code build()} (or {@code build(seed)}) as many independent nets as needed.
     */
    public static Architecture input(int features) {
        return new Architecture(features);
    }

    /**
     * Rebuilds a net from existing layers (used by loading): each object once (also inside
     * residual blocks), unique names, sizes that chain; else an IllegalArgumentException names them.
     */
    public static Net of(List<Layer> layers, long seed, Init init) {
        NetChecks.layers(layers);
        return new Net(layers, layers.get(0).inputSize(), seed, init);
    }

    /** The layers in order, as an unmodifiable list (the layers themselves are live). */
    public List<Layer> layers() { return layers; }

    /** The i-th layer (0-based). */
    public Layer layer(int i) {
        NetChecks.index(i, layers, "layers", "layer");
        return layers.get(i);
    }

    /** The layer with this name, e.g. {@code "dense1"}. */
    public Layer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("No layer named '" + name + "'. Layers: " + NetChecks.names(layers)));
    }

    /**
     * The dense layers in order, without the activation, dropout and batch-norm layers between
     * them (dense layers inside a residual block are not listed). {@code denseLayers().get(0)} is
     * the first hidden layer, the last one is the output layer's weights.
     */
    public List<Dense> denseLayers() {
        return layers.stream().filter(Dense.class::isInstance).map(Dense.class::cast).toList();
    }

    /**
     * The {@code i}-th dense layer, 0-based and counting dense layers only: {@code dense(0)} is
     * the first hidden layer, whatever activation layers follow it.
     */
    public Dense dense(int i) {
        List<Dense> dense = denseLayers();
        NetChecks.index(i, dense, "dense layers", "dense");
        return dense.get(i);
    }

    /** The dense layer with this name, e.g. {@code dense("dense2")}. */
    public Dense dense(String name) {
        return NetChecks.dense(layer(name), denseLayers());
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
        boolean took = guard.enter(this, "forward");
        try {
            return forwardUpTo(x, layers.size(), training);
        } finally {
            guard.exit(took);
        }
    }

    /** Backpropagates {@code ∂L/∂Ŷ} through every layer; returns {@code ∂L/∂X}. */
    public DMatrixRMaj backward(DMatrixRMaj dOut) {
        boolean took = guard.enter(this, "backward");
        try {
            DMatrixRMaj g = dOut;
            for (int i = layers.size() - 1; i >= 0; i--) {
                g = layers.get(i).backward(g);
            }
            return g;
        } finally {
            guard.exit(took);
        }
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
        boolean took = guard.enter(this, "computeGradients");
        try {
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
            double value = loss.forward(forwardUpTo(x, layers.size(), true), y, sampleWeights);
            backpropagate(loss.backward(), last);
            return value;
        } finally {
            guard.exit(took);
        }
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
        boolean took = guard.enter(this, "inputGradient");
        try {
            if (inputGradient == null && firstLayerGradient != null) {
                inputGradient = layers.get(0).backward(firstLayerGradient);
            }
            return inputGradient;
        } finally {
            guard.exit(took);
        }
    }

    /** L for a batch, computed exactly as {@link #computeGradients} computes it, without backward. */
    public double lossValue(DMatrixRMaj x, DMatrixRMaj y, Loss loss, DMatrixRMaj sampleWeights, boolean training) {
        boolean took = guard.enter(this, "lossValue");
        try {
            int last = layers.size() - 1;
            if (loss instanceof FusedLoss fused && fused.fusesWith(layers.get(last))) {
                return fused.forwardLogits(forwardUpTo(x, last, training), y, sampleWeights);
            }
            return loss.forward(forwardUpTo(x, layers.size(), training), y, sampleWeights);
        } finally {
            guard.exit(took);
        }
    }

    /** Runs layers 0 … end − 1 and returns the last one's output (x itself when end is 0). */
    private DMatrixRMaj forwardUpTo(DMatrixRMaj x, int end, boolean training) {
        NetChecks.input(x, inputSize, "forward");
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
        NetChecks.index(i, layers, "layers", "lastOutput");
        return outputs[i];
    }

    /**
     * Predictions for {@code x} in inference mode, as a new matrix the caller owns. Large inputs
     * run in chunks of 1,024 rows, so the layers' buffers never grow beyond that (a
     * 60,000-row data set through a 256-unit layer would otherwise need 120 MB per buffer).
     * Zero rows give a 0 × k matrix; a NaN input gives a NaN row.
     *
     * @param x m × {@link #inputSize()}; Not modified.
     */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        return inference.predict(this, guard, x);
    }

    /**
     * The mean loss over a whole data set in inference mode, computed in chunks like {@link #predict}.
     *
     * @throws IllegalArgumentException for zero rows (the mean of nothing) or unequal row counts
     */
    public double meanLoss(DMatrixRMaj x, DMatrixRMaj y, Loss loss) {
        return inference.meanLoss(this, guard, x, y, loss);
    }

    /** Predictions for rows given as arrays, each of {@link #inputSize()} values. */
    public DMatrixRMaj predict(double[][] x) {
        return predict(NetChecks.rows(x, inputSize));
    }

    /** Starts a training run on {@code trainSet}; configure it, then call {@link Training#run()}. */
    public Training train(Dataset trainSet) {
        return new Training(this, NetChecks.data(trainSet, "train"));
    }

    /** Predictions for a data set's inputs, as a new matrix; see {@link #predict(DMatrixRMaj)}. */
    public DMatrixRMaj predict(Dataset data) {
        return predict(NetChecks.data(data, "predict").xView());
    }

    /**
     * The class of each row of {@code x}, by {@link MatrixOps#classes}'s rule: 0.5 threshold for
     * one output column, argmax otherwise.
     */
    public int[] predictClasses(DMatrixRMaj x) {
        return MatrixOps.classes(predict(x));
    }

    /** The class of each example of {@code data}; see {@link #predictClasses(DMatrixRMaj)}. */
    public int[] predictClasses(Dataset data) {
        return predictClasses(NetChecks.data(data, "predictClasses").xView());
    }

    /**
     * The single output column for each example, e.g. a sigmoid's probability P(y = 1 | x) for a
     * ROC curve.
     *
     * @throws IllegalArgumentException if the net has more than one output column
     */
    public double[] scores(Dataset data) {
        if (outputSize() != 1) {
            throw new IllegalArgumentException("scores(data) needs a net with one output column; this one has "
                    + outputSize() + ". Use predictClasses(data) for the classes or predict(data) for every column.");
        }
        return Arrays.copyOf(predict(NetChecks.data(data, "scores").xView()).data, data.size());
    }

    /**
     * The fraction of examples whose predicted class is the target's (inference mode); the same
     * number as {@code evaluate(data, loss, Metric.accuracy()).metric("accuracy")}.
     */
    public double accuracy(Dataset data) {
        return Metric.accuracy().compute(predict(NetChecks.data(data, "accuracy").xView()), data.yView());
    }

    /**
     * Loss and metrics on a data set in inference mode. The loss is {@link #defaultLoss()}; the
     * metrics are accuracy for a sigmoid or softmax output, MSE and R² otherwise.
     */
    public Evaluation evaluate(Dataset data) {
        return evaluate(data, defaultLoss(), Evaluation.defaultMetrics(this).toArray(new Metric[0]));
    }

    /** Loss and the given metrics on a data set, in inference mode. */
    public Evaluation evaluate(Dataset data, Loss loss, Metric... metrics) {
        return Evaluation.of(this, NetChecks.data(data, "evaluate"), loss, metrics);
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

    /**
     * A deep, independent copy: the same layers and names, weights, biases, batch-norm running
     * statistics, PReLU slopes and frozen flags, the same seed and initializer. Training either
     * net leaves the other as it was. Each layer is rebuilt from its {@link Layer#config()} (as
     * loading a file does); a copied dropout layer's masks restart from its seed (a training run
     * reseeds them anyway).
     *
     * @throws IllegalArgumentException for a layer kind {@link nnlab.nn.Layers#fromConfig} cannot rebuild
     */
    public Net copy() {
        return NetCopy.of(this);
    }

    /**
     * A text table of the layers: name, kind, output shape, parameter count and whether the
     * parameters are trainable or frozen, with totals.
     */
    public String summary() {
        return Summary.of(this);
    }

    @Override
    public String toString() { return summary(); }
}
