package nnlab.loss;

import nnlab.nn.Layer;
import nnlab.nn.Softmax;
import org.ejml.data.DMatrixRMaj;

/**
 * Categorical cross-entropy for k classes with one-hot (or soft: non-negative, summing to 1) target rows:
 * <pre>
 *   ℓ_i = −Σ_j y_ij log p_ij                  ∂ℓ_i/∂p_ij = −y_ij / p_ij
 * </pre>
 *
 * <p><b>Fused with a softmax output.</b> When the net's last layer is {@link Softmax}, the
 * training loop calls {@link #forwardLogits} with the softmax's input z, and this loss computes
 * <pre>
 *   ℓ_i = (Σ_j y_ij)·logΣexp(z_i) − Σ_j y_ij z_ij          ∂ℓ_i/∂z_ij = (Σ_l y_il)·p_ij − y_ij
 * </pre>
 * with {@code logΣexp(z) = max z + log Σ_j e^{z_j − max z}}. This never takes the log of a
 * probability that rounded to 0, and for one-hot targets the gradient is simply
 * {@code ∂L/∂Z = (P − Y)/m}: the softmax Jacobian and the 1/p of the log cancel.
 *
 * <p><b>Class weights divide by the batch size, unlike PyTorch.</b> With
 * {@link #withClassWeights(double...)} the loss is {@code L = (1/m) Σ_i w_{c(i)} ℓ_i}, c(i) the
 * class of row i: the weighted sum over the batch, divided by the number of rows m. PyTorch's
 * {@code CrossEntropyLoss(weight=w)} (and {@code NLLLoss}) divides the same sum by
 * {@code Σ_i w_{c(i)}}, the sum of the weights of the batch's rows, so its loss and its gradient
 * are nnlab's times {@code m / Σ_i w_{c(i)}}, a factor that changes from batch to batch with how
 * many rows of each class it holds. Without class weights (or with all weights equal to 1) the
 * two agree.
 */
public final class CategoricalCrossEntropy extends WeightedLoss implements FusedLoss {

    CategoricalCrossEntropy(double[] classWeights) { super(classWeights); }

    /** |Σ_j y_ij − 1| a probability row may have, for soft targets computed in floating point. */
    private static final double SUM_TOLERANCE = 1e-6;

    /**
     * Each row one-hot or a distribution: entries in [0, 1] summing to 1. A row of zeros would
     * have loss 0 and teach nothing; a row summing to 2 counts twice.
     */
    @Override
    protected void checkTargets(DMatrixRMaj target, String where) {
        if (target.numCols < 2) {
            throw new IllegalArgumentException("Categorical cross-entropy needs one-hot targets with at least 2 columns;"
                    + " for two classes in one 0/1 column use Loss.binaryCrossEntropy(). Received: " + target.numCols
                    + " column in " + where);
        }
        int k = target.numCols;
        for (int r = 0; r < target.numRows; r++) {
            double sum = 0;
            for (int i = r * k; i < r * k + k; i++) {
                double y = target.data[i];
                if (!(y >= 0 && y <= 1)) {
                    throw new IllegalArgumentException("Categorical cross-entropy needs one-hot or probability rows"
                            + " (entries in [0, 1], summing to 1); one-hot encode the labels, e.g."
                            + " Dataset.classification(x, labels, " + k + "). Received: " + y + " at "
                            + place(target, i, where) + ", row " + r + " = " + rowText(target, r));
                }
                sum += y;
            }
            if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
                throw new IllegalArgumentException("Categorical cross-entropy needs one-hot or probability rows"
                        + " (non-negative, summing to 1): row " + r + " of " + where + " sums to " + sum
                        + ". Fix the targets, e.g. Dataset.classification(x, labels, " + k + "). Received: row " + r
                        + " = " + rowText(target, r));
            }
        }
    }

    @Override
    protected boolean boundedTargets() { return true; }

    /** Only a softmax gives rows that are distributions; the loss is fused with it. */
    @Override
    protected void checkOutput(Layer outputLayer) {
        if (!(outputLayer instanceof Softmax)) {
            throw new IllegalArgumentException("Categorical cross-entropy needs a probability row per example from the"
                    + " net: end it with a softmax, e.g. .dense(classes, Activation.softmax()); for one sigmoid output"
                    + " use Loss.binaryCrossEntropy(). Received: output layer '" + outputLayer.name() + "' ("
                    + outputLayer.getClass().getSimpleName() + ")");
        }
    }

    @Override
    protected double rowLoss(double[] p, double[] y, int base, int k) {
        double s = 0;
        for (int j = base; j < base + k; j++) {
            if (y[j] > 0) {
                s -= y[j] * Math.log(p[j]);
            }
        }
        return s;
    }

    @Override
    protected void rowGradient(double[] p, double[] y, int base, int k, double scale, double[] g) {
        for (int j = base; j < base + k; j++) {
            g[j] = y[j] > 0 ? -scale * y[j] / p[j] : 0.0;
        }
    }

    @Override
    public boolean fusesWith(Layer outputLayer) { return outputLayer instanceof Softmax; }

    @Override
    public double forwardLogits(DMatrixRMaj logits, DMatrixRMaj target, DMatrixRMaj sampleWeights) {
        begin(logits, target, sampleWeights);
        int m = logits.numRows;
        int k = logits.numCols;
        double[] z = logits.data;
        double[] y = target.data;
        double total = 0;
        for (int i = 0; i < m; i++) {
            int base = i * k;
            double max = Double.NEGATIVE_INFINITY;
            double ySum = 0;
            double yz = 0;
            for (int j = base; j < base + k; j++) {
                max = Math.max(max, z[j]);
                ySum += y[j];
                yz += y[j] * z[j];
            }
            double sumExp = 0;
            for (int j = base; j < base + k; j++) {
                sumExp += Math.exp(z[j] - max);
            }
            double lse = max + Math.log(sumExp);
            double w = weight(target, sampleWeights, i);
            // ℓ_i = (Σ y) logΣexp(z) − Σ y z
            total += w * (ySum * lse - yz);
            for (int j = base; j < base + k; j++) {
                // ∂L/∂z = w ((Σ y) p − y) / m
                double p = Math.exp(z[j] - lse);
                grad.data[j] = w * (ySum * p - y[j]) / m;
            }
        }
        return total / m;
    }

    @Override
    public String name() { return "categoricalCrossEntropy"; }

    @Override
    public Loss withClassWeights(double... weights) { return new CategoricalCrossEntropy(checked(weights)); }
}
