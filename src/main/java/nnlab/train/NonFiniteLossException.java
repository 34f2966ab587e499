package nnlab.train;

import java.util.List;
import nnlab.mat.Precision;

/**
 * Training stopped because a batch's cost (loss + penalty) became NaN or infinite. Nothing is
 * lost: {@link #history()} holds the epochs completed before it, and callbacks that keep the
 * best weights have restored them ({@link Callback#onTrainFailed}) before this was thrown.
 *
 * <p>The message tells two different faults apart:
 * <ul>
 * <li><b>diverged</b> ({@link #diverged()} true): earlier batches of the run had a finite loss,
 *     then it grew without bound; the usual fixes are a lower learning rate, gradient clipping,
 *     standardized inputs;</li>
 * <li><b>never finite</b>: the very first batch's loss was already NaN or infinite, before any
 *     weight changed, so the learning rate is not the cause: the data or the loss does not fit
 *     the net (huge input values, a custom loss or layer that gives NaN on this output).</li>
 * </ul>
 */
public final class NonFiniteLossException extends IllegalStateException {

    private final int epoch;
    private final int batch;
    private final double loss;
    private final double learningRate;
    private final History history;
    private final boolean diverged;

    /** A divergence at {@code epoch, batch} with no record of the run (for code outside a training run). */
    public NonFiniteLossException(int epoch, int batch, double loss, double learningRate) {
        this(epoch, batch, loss, learningRate, new History(List.of(), false, false), 1, Double.NaN, Double.NaN,
                Precision.DOUBLE);
    }

    /**
     * @param completed     the epochs completed before this one
     * @param finiteBatches how many batches of the run had a finite cost before this one
     * @param firstCost     the first finite batch cost of the run (NaN if none)
     * @param lastCost      the last finite one (NaN if none)
     * @param precision     the run's precision: in MIXED the message adds float32's range
     */
    NonFiniteLossException(int epoch, int batch, double loss, double learningRate, History completed,
                           long finiteBatches, double firstCost, double lastCost, Precision precision) {
        super(message(epoch, batch, loss, learningRate, completed, finiteBatches, firstCost, lastCost)
                + (precision == Precision.MIXED ? MIXED_HINT : ""));
        this.epoch = epoch;
        this.batch = batch;
        this.loss = loss;
        this.learningRate = learningRate;
        this.history = completed;
        this.diverged = finiteBatches > 0;
    }

    /** Added in MIXED: a float32 product can overflow where the same product in double would not. */
    static final String MIXED_HINT = ". This run used Precision.MIXED: its products are float32, which overflow to"
            + " infinity above 3.4e38 (double goes to 1.8e308). If the same run is finite with"
            + " .precision(Precision.DOUBLE), the products overflowed: standardize the inputs or keep DOUBLE.";

    private static String message(int epoch, int batch, double loss, double eta, History completed,
                                  long finiteBatches, double firstCost, double lastCost) {
        String kept = " The " + completed.size() + " completed epoch" + (completed.size() == 1 ? " is" : "s are")
                + " in this exception's history().";
        if (finiteBatches == 0) {
            return "The loss was " + loss + " from the first batch (epoch " + epoch + ", batch " + batch + "), before any"
                    + " weight changed, so the weights did not diverge and a lower learning rate will not help: the"
                    + " loss cannot be computed for this net and data. Likely causes: input features with huge values"
                    + " (standardize them, e.g. Standardizer.fit(train).apply(train)), or a custom loss or layer that"
                    + " gives NaN on this output." + kept + " Received: loss=" + loss + " at epoch " + epoch
                    + ", batch " + batch;
        }
        return "The loss became " + loss + " at epoch " + epoch + ", batch " + batch + ", after " + finiteBatches
                + " finite batch" + (finiteBatches == 1 ? "" : "es") + " (first " + String.format("%.4g", firstCost)
                + ", last " + String.format("%.4g", lastCost) + "). The weights have diverged: try a lower learning"
                + " rate (now " + eta + "), gradient clipping (e.g. .clipGradients(GradientClipping.byGlobalNorm(1.0))"
                + " on the optimizer), standardized inputs, or a loss fused with its output (sigmoid +"
                + " binaryCrossEntropy)." + kept + " Received: loss=" + loss;
    }

    /** The epoch (1-based) whose batch gave the non-finite loss. */
    public int epoch() { return epoch; }

    /** The batch (1-based, within the epoch). */
    public int batch() { return batch; }

    /** The non-finite cost, NaN or ±∞. */
    public double loss() { return loss; }

    /** The optimizer's learning rate when it happened. */
    public double learningRate() { return learningRate; }

    /** The epochs completed before the loss became non-finite (empty if it happened in the first epoch). */
    public History history() { return history; }

    /** True when the loss was finite on earlier batches and grew (a divergence); false when it never was finite. */
    public boolean diverged() { return diverged; }
}
