package nnlab.diagnose;

import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.Residual;
import nnlab.optim.Optimizer;
import nnlab.train.Callback;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * A training callback that records, every k batches, for each dense layer ℓ:
 * <pre>
 * gradient norm      ‖∂L/∂W⁽ℓ⁾‖_F        (the gradient the optimizer used, after any clipping)
 * update ratio       ‖ΔW⁽ℓ⁾‖_F / ‖W⁽ℓ⁾‖_F  (how much one step changed the weights; ~1e-3 is healthy)
 * activation mean    mean of a⁽ℓ⁾ over the batch and the units
 * activation spread  standard deviation of a⁽ℓ⁾ over the batch and the units
 * dead fraction      fraction of units whose a⁽ℓ⁾ is 0 for every example of the batch
 * </pre>
 * where a⁽ℓ⁾ is the output of the layer right after the dense layer (its activation), or the
 * dense layer's own output when nothing follows it. Dense layers inside a residual block
 * ({@code .residual(depth, activation)}) are recorded too, in order; their a⁽ℓ⁾ is the block's
 * output X + F(X). In a deep sigmoid net the gradient norm
 * shrinks layer by layer towards the input (each σ' ≤ 1/4 multiplies in), the picture of the
 * vanishing gradient.
 *
 * <pre>{@code
 *   var stats = LayerStatistics.every(10);
 *   net.train(data).callbacks(stats).run();
 *   Plot.layerStatistics(stats, LayerStatistics.Quantity.GRADIENT_NORM)
 * }</pre>
 *
 * Cost: nothing on the batches in between; on a recorded batch one pass over the weights,
 * gradients and activations (and, on the batch before, a copy of the weights to measure ΔW).
 * The first batch is always recorded, so the state at initialization is seen.
 */
public final class LayerStatistics implements Callback {

    /** What is recorded per layer; {@link #label()} is the axis title the plots use. */
    public enum Quantity {
        GRADIENT_NORM("gradient norm ‖∂L/∂W‖"),
        UPDATE_RATIO("update ratio ‖ΔW‖ / ‖W‖"),
        ACTIVATION_MEAN("activation mean"),
        ACTIVATION_STD("activation spread (std)"),
        DEAD_FRACTION("fraction of dead units");

        private final String label;

        Quantity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** True for quantities that span orders of magnitude and read best on a log axis. */
        public boolean logScale() {
            return this == GRADIENT_NORM || this == UPDATE_RATIO;
        }
    }

    /**
     * One recorded batch of one layer.
     *
     * @param step  1-based batch count since the start of training
     * @param depth 1-based position of the dense layer among the dense layers (1 = next to the input)
     */
    public record Sample(int step, int epoch, int batch, String layer, int depth, double gradientNorm,
                         double weightNorm, double updateRatio, double activationMean, double activationStd,
                         double deadFraction) {

        /** The value of one quantity. */
        public double get(Quantity q) {
            return switch (q) {
                case GRADIENT_NORM -> gradientNorm;
                case UPDATE_RATIO -> updateRatio;
                case ACTIVATION_MEAN -> activationMean;
                case ACTIVATION_STD -> activationStd;
                case DEAD_FRACTION -> deadFraction;
            };
        }
    }

    private final int every;
    private final List<Sample> samples = new ArrayList<>();
    private Net net;
    private List<Dense> dense;
    private int[] activationIndex;
    private double[][] before;
    private int step;

    private LayerStatistics(int every) {
        this.every = every;
    }

    /** Records the first batch and then every {@code batches}-th batch. */
    public static LayerStatistics every(int batches) {
        if (batches < 1) {
            throw new IllegalArgumentException("Record every k >= 1 batches, e.g. every(10). Received: batches=" + batches);
        }
        return new LayerStatistics(batches);
    }

    @Override
    public void onTrainBegin(Net net, Optimizer optimizer) {
        this.net = net;
        this.dense = new ArrayList<>();
        List<Integer> act = new ArrayList<>();
        List<Layer> layers = net.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Dense d) {
                dense.add(d);
                act.add(i + 1 < layers.size() && !(layers.get(i + 1) instanceof Dense) ? i + 1 : i);
            } else if (layers.get(i) instanceof Residual r) {
                for (Layer inner : r.layers()) {
                    if (inner instanceof Dense d) {
                        dense.add(d);
                        act.add(i);   // the block's output X + F(X): the net keeps no output inside a block
                    }
                }
            }
        }
        activationIndex = act.stream().mapToInt(Integer::intValue).toArray();
        before = new double[dense.size()][];
        for (int l = 0; l < dense.size(); l++) {
            before[l] = new double[dense.get(l).weights().size()];
        }
        samples.clear();
        step = 0;
        snapshot();
    }

    @Override
    public void onBatchEnd(int epoch, int batch, double loss) {
        step++;
        if (step == 1 || step % every == 0) {
            record(epoch, batch);
        }
        if ((step + 1) % every == 0) {
            snapshot();
        }
    }

    private void snapshot() {
        for (int l = 0; l < dense.size(); l++) {
            double[] w = dense.get(l).weights().value().data;
            System.arraycopy(w, 0, before[l], 0, before[l].length);
        }
    }

    private void record(int epoch, int batch) {
        for (int l = 0; l < dense.size(); l++) {
            Dense d = dense.get(l);
            double[] W = d.weights().value().data;
            double[] g = d.weights().grad().data;
            double gg = 0;
            double ww = 0;
            double dd = 0;
            for (int i = 0; i < before[l].length; i++) {
                gg += g[i] * g[i];
                ww += W[i] * W[i];
                double dw = W[i] - before[l][i];
                dd += dw * dw;
            }
            // the snapshot was taken just before this step (onTrainBegin, or the batch before)
            double ratio = ww > 0 ? Math.sqrt(dd / ww) : Double.NaN;
            DMatrixRMaj a = net.lastOutput(activationIndex[l]);
            double[] s = activation(a);
            samples.add(new Sample(step, epoch, batch, d.name(), l + 1, Math.sqrt(gg), Math.sqrt(ww), ratio,
                    s[0], s[1], s[2]));
        }
    }

    /** {mean, std, fraction of columns that are 0 in every row} of a batch's activations. */
    static double[] activation(DMatrixRMaj a) {
        if (a == null || a.getNumElements() == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double sum = 0;
        double sq = 0;
        int n = a.getNumElements();
        for (int i = 0; i < n; i++) {
            sum += a.data[i];
            sq += a.data[i] * a.data[i];
        }
        double mean = sum / n;
        int dead = 0;
        for (int c = 0; c < a.numCols; c++) {
            boolean zero = true;
            for (int r = 0; r < a.numRows && zero; r++) {
                zero = a.data[r * a.numCols + c] == 0;
            }
            dead += zero ? 1 : 0;
        }
        return new double[] {mean, Math.sqrt(Math.max(0, sq / n - mean * mean)), (double) dead / a.numCols};
    }

    /** Every recorded sample, in order of step, then layer. */
    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The dense layers' names, input side first. */
    public List<String> layers() {
        return dense == null ? List.of() : dense.stream().map(Dense::name).toList();
    }

    private static void requireQuantity(Quantity q) {
        if (q == null) {
            throw new IllegalArgumentException("Name the quantity to read, e.g. Quantity.GRADIENT_NORM. Received: q=null");
        }
    }

    /** The recorded steps (1-based batch counts). */
    public double[] steps() {
        return samples.stream().filter(s -> s.depth() == 1).mapToDouble(Sample::step).toArray();
    }

    /** One layer's values of {@code q} at each recorded step. */
    public double[] series(String layer, Quantity q) {
        requireQuantity(q);
        if (!layers().contains(layer)) {
            throw new IllegalArgumentException("No dense layer '" + layer + "' was recorded. Layers: " + layers());
        }
        return samples.stream().filter(s -> s.layer().equals(layer)).mapToDouble(s -> s.get(q)).toArray();
    }

    /** {@code q} per layer (input side first), averaged over the recorded steps (NaNs skipped). */
    public double[] perLayer(Quantity q) {
        requireQuantity(q);
        List<String> names = layers();
        double[] out = new double[names.size()];
        for (int l = 0; l < out.length; l++) {
            out[l] = java.util.Arrays.stream(series(names.get(l), q)).filter(v -> !Double.isNaN(v)).average()
                    .orElse(Double.NaN);
        }
        return out;
    }

    /**
     * How many times larger the last layer's mean gradient norm is than the first layer's: about
     * 1 when gradients flow evenly; 100 or more means the layers near the input barely learn.
     */
    public double gradientRatioLastToFirst() {
        double[] g = perLayer(Quantity.GRADIENT_NORM);
        if (g.length < 2) {
            throw new IllegalStateException("Need at least two dense layers recorded; layers: " + layers());
        }
        return g[g.length - 1] / g[0];
    }

    @Override
    public String toString() {
        return "LayerStatistics(every " + every + " batches, " + samples.size() + " samples over " + layers().size()
                + " layers)";
    }
}
