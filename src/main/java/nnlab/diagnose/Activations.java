package nnlab.diagnose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.nn.ElementwiseActivation;
import nnlab.nn.Layer;
import nnlab.nn.PReLU;
import nnlab.nn.Sigmoid;
import nnlab.nn.Softmax;
import nnlab.nn.Tanh;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * The output a⁽ℓ⁾ of every activation layer of a net for some inputs, kept as copies, with the
 * statistics that show how an initialization scheme behaves through a deep net:
 * <pre>
 * mean(ℓ)              μ = (1/N) Σ a        over the N = m·n entries of a⁽ℓ⁾ (m examples, n units)
 * std(ℓ)               σ = √((1/N) Σ (a − μ)²)   shrinking layer by layer: the signal dies out;
 *                                            growing: it explodes
 * fractionAbove(ℓ, t)  the share of entries with |a| &gt; t
 * saturated(ℓ)         the share within 0.01 of a bound of the activation (tanh: ±1; sigmoid,
 *                      softmax: 0 or 1), where σ'(z) ≈ 0 and the gradient stops
 * values(ℓ)            every entry, for a histogram
 * </pre>
 * Layers are numbered from 0 in the order of the net, counting activation layers only (those
 * {@code Activation} makes: sigmoid, tanh, ReLU and its variants, softmax, identity), so in
 * {@code Net.input(100).dense(100, tanh).dense(100, tanh)} layer 0 is {@code tanh1}, the
 * activation of {@code net.dense(0)}. Activations inside a residual block are not listed.
 * <pre>{@code
 *   var acts = Activations.of(net, X);
 *   acts.stdPerLayer()        // one σ per layer, input side first: plot it against the depth
 *   acts.saturated(9)         // share of the 10th tanh layer's outputs stuck at ±1
 *   Plot.histograms(Map.of("layer 1", acts.values(0)), "tanh output")
 * }</pre>
 * The pass runs in inference mode (no dropout, batch norm on its running statistics), {@value
 * #CHUNK} rows at a time so the layers' buffers stay small. It stores N doubles per layer: 1,000
 * examples through ten 100-unit layers take 8 MB.
 */
public final class Activations {

    /** Rows per forward pass. */
    static final int CHUNK = 1000;
    /** How close to a bound of the activation counts as saturated. */
    public static final double SATURATION_MARGIN = 0.01;

    private final List<Layer> layers;
    private final List<DMatrixRMaj> outputs;

    private Activations(List<Layer> layers, List<DMatrixRMaj> outputs) {
        this.layers = layers;
        this.outputs = outputs;
    }

    /**
     * Runs {@code x} through {@code net} and keeps every activation layer's output.
     *
     * @param x the inputs, one example per row; Not modified.
     * @throws IllegalArgumentException if the net has no activation layer, or x does not fit it
     */
    public static Activations of(Net net, DMatrixRMaj x) {
        Require.net(net);
        if (x == null) {
            throw new IllegalArgumentException("Give the inputs to run through the net, e.g. data.x(). Received: x=null");
        }
        if (x.numCols != net.inputSize() || x.numRows == 0) {
            throw new IllegalArgumentException("The inputs must be at least one row of " + net.inputSize()
                    + " columns, as the net takes. Received: x " + x.numRows + "x" + x.numCols);
        }
        List<Integer> at = new ArrayList<>();
        List<Layer> layers = new ArrayList<>();
        List<DMatrixRMaj> outputs = new ArrayList<>();
        for (int i = 0; i < net.layers().size(); i++) {
            Layer l = net.layer(i);
            if (l instanceof ElementwiseActivation || l instanceof Softmax || l instanceof PReLU) {
                at.add(i);
                layers.add(l);
                outputs.add(new DMatrixRMaj(x.numRows, l.outputSize()));
            }
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("This net has no activation layer: " + net.layers().stream()
                    .map(Layer::name).toList() + ". Build one with e.g. .dense(16, Activation.tanh()).");
        }
        DMatrixRMaj chunk = new DMatrixRMaj(1, x.numCols);
        for (int from = 0; from < x.numRows; from += CHUNK) {
            int rows = Math.min(CHUNK, x.numRows - from);
            chunk.reshape(rows, x.numCols);
            System.arraycopy(x.data, from * x.numCols, chunk.data, 0, rows * x.numCols);
            net.forward(chunk, false);
            for (int k = 0; k < at.size(); k++) {
                DMatrixRMaj a = net.lastOutput(at.get(k));
                System.arraycopy(a.data, 0, outputs.get(k).data, from * a.numCols, rows * a.numCols);
            }
        }
        return new Activations(List.copyOf(layers), List.copyOf(outputs));
    }

    /** As {@link #of(Net, DMatrixRMaj)} on the features of {@code data}. */
    public static Activations of(Net net, Dataset data) {
        Require.fits("Activations.of", net, data);
        return of(net, data.xView());
    }

    /** Number of activation layers. */
    public int size() {
        return layers.size();
    }

    /** The activation layers' names, input side first, e.g. {@code [tanh1, tanh2]}. */
    public List<String> names() {
        return layers.stream().map(Layer::name).toList();
    }

    /** The position of the layer named {@code name}, for the methods that take a layer number. */
    public int indexOf(String name) {
        int i = names().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("No activation layer named '" + name + "'. Layers: " + names());
        }
        return i;
    }

    /** Layer {@code layer}'s output a⁽ℓ⁾, m × n, as a new matrix the caller owns. */
    public DMatrixRMaj output(int layer) {
        return a(layer).copy();
    }

    /** Every entry of a⁽ℓ⁾, row by row, as a new array: the data of a histogram. */
    public double[] values(int layer) {
        return Arrays.copyOf(a(layer).data, a(layer).getNumElements());
    }

    /** μ = (1/N) Σ a over all examples and units of the layer. */
    public double mean(int layer) {
        DMatrixRMaj a = a(layer);
        double sum = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            sum += a.data[i];
        }
        return sum / a.getNumElements();
    }

    /**
     * σ = √((1/N) Σ (a − μ)²) over all examples and units of the layer. Two passes (μ first), so
     * a spread collapsed to 1e-9 around a sigmoid's 0.5 is measured, not lost to rounding.
     */
    public double std(int layer) {
        DMatrixRMaj a = a(layer);
        double mu = mean(layer);
        double sq = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            double d = a.data[i] - mu;
            sq += d * d;
        }
        return Math.sqrt(sq / a.getNumElements());
    }

    /** {@link #std(int)} of each layer, input side first. */
    public double[] stdPerLayer() {
        double[] s = new double[size()];
        for (int l = 0; l < s.length; l++) {
            s[l] = std(l);
        }
        return s;
    }

    /**
     * The share of the layer's entries with |a| &gt; {@code threshold}: {@code fractionAbove(l,
     * 0.99)} of a tanh layer is the share stuck near ±1.
     *
     * @throws IllegalArgumentException if threshold is negative or NaN
     */
    public double fractionAbove(int layer, double threshold) {
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("The threshold compares |a|, so it must be >= 0, e.g. 0.99. Received:"
                    + " threshold=" + threshold);
        }
        DMatrixRMaj a = a(layer);
        int n = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            n += Math.abs(a.data[i]) > threshold ? 1 : 0;
        }
        return (double) n / a.getNumElements();
    }

    /**
     * The share of the layer's entries within {@value #SATURATION_MARGIN} of a bound of its
     * activation, where the derivative is about 0: |a| &gt; 0.99 for tanh, a &lt; 0.01 or a &gt; 0.99
     * for sigmoid and softmax.
     *
     * @throws IllegalArgumentException for an activation without two bounds (ReLU and its variants,
     *                                  identity): use {@link #fractionAbove} or {@link UnitHealth}
     */
    public double saturated(int layer) {
        Layer l = layers.get(checked(layer));
        if (l instanceof Tanh) {
            return fractionAbove(layer, 1 - SATURATION_MARGIN);
        }
        if (!(l instanceof Sigmoid || l instanceof Softmax)) {
            throw new IllegalArgumentException(l.name() + " is a " + l.getClass().getSimpleName() + ", which has no"
                    + " two bounds to saturate at (tanh and sigmoid do). For large outputs use fractionAbove(" + layer
                    + ", t); for ReLU units stuck at 0 use UnitHealth.check(net, data).");
        }
        DMatrixRMaj a = a(layer);
        int n = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            n += a.data[i] < SATURATION_MARGIN || a.data[i] > 1 - SATURATION_MARGIN ? 1 : 0;
        }
        return (double) n / a.getNumElements();
    }

    private DMatrixRMaj a(int layer) {
        return outputs.get(checked(layer));
    }

    private int checked(int layer) {
        if (layer < 0 || layer >= size()) {
            throw new IllegalArgumentException("There are " + size() + " activation layers (0 to " + (size() - 1)
                    + "): " + names() + ". Received: layer=" + layer);
        }
        return layer;
    }

    @Override
    public String toString() {
        return "Activations of " + names() + " for " + outputs.get(0).numRows + " examples";
    }
}
