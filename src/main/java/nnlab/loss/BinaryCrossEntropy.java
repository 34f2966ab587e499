package nnlab.loss;

import nnlab.mat.Functions;
import nnlab.nn.Layer;
import nnlab.nn.Sigmoid;
import nnlab.nn.Softmax;
import org.ejml.data.DMatrixRMaj;

/**
 * Binary cross-entropy for targets y ∈ [0, 1] (usually 0 or 1), per entry:
 * <pre>
 *   ℓ = −[ y log p + (1 − y) log(1 − p) ]          ∂ℓ/∂p = (p − y) / (p(1 − p))
 * </pre>
 * averaged over the k outputs of a row.
 *
 * <p><b>Fused with a sigmoid output.</b> When the net's last layer is {@link Sigmoid}, the
 * training loop calls {@link #forwardLogits} with the sigmoid's input z instead, and this loss
 * computes
 * <pre>
 *   ℓ = max(z, 0) − z·y + log(1 + e^{−|z|})        ∂ℓ/∂z = σ(z) − y
 * </pre>
 * which is the same number written so that nothing overflows and nothing is rounded to log 0:
 * once σ(z) rounds to exactly 1 (z ≳ 37), the unfused form returns ∞ for a wrong label while
 * the fused form returns ≈ z. The gradient also simplifies: the σ'(z) = p(1 − p) of the sigmoid
 * cancels the denominator, leaving {@code ∂L/∂Z = (p − y)/m} (per output, also divided by k),
 * which never vanishes when the prediction is confidently wrong.
 *
 * <p><b>Class weights divide by the batch size.</b> With {@link #withClassWeights(double...)}
 * each row's loss is multiplied by the weight of its class (0 or 1 for one output column, by
 * {@code MatrixOps.classOf}) and the sum is divided by m, the number of rows:
 * {@code L = (1/m) Σ_i w_{c(i)} ℓ_i}. PyTorch's {@code BCELoss(weight=…)} and
 * {@code BCEWithLogitsLoss(weight=…)} also divide by the number of entries; for one output column
 * and targets 0 or 1, {@code withClassWeights(1, w)} gives the same loss as PyTorch's
 * {@code BCEWithLogitsLoss(pos_weight=w)}. It is PyTorch's {@code CrossEntropyLoss(weight=…)}
 * that divides by the sum of the weights instead (see {@link CategoricalCrossEntropy}).
 */
public final class BinaryCrossEntropy extends WeightedLoss implements FusedLoss {

    BinaryCrossEntropy(double[] classWeights) { super(classWeights); }

    @Override
    protected void checkTargets(DMatrixRMaj target, String where) {
        for (int i = 0; i < target.getNumElements(); i++) {
            double y = target.data[i];
            if (!(y >= 0 && y <= 1)) {
                throw new IllegalArgumentException("Binary cross-entropy needs targets in [0, 1]: encode the two classes"
                        + " as 0 and 1, e.g. Dataset.classification(x, labels, 2). Received: " + y + " at "
                        + place(target, i, where));
            }
        }
    }

    @Override
    protected boolean boundedTargets() { return true; }

    /** A sigmoid output (fused), or a softmax one: both give probabilities; any other output can give log of a negative. */
    @Override
    protected void checkOutput(Layer outputLayer) {
        if (!(outputLayer instanceof Sigmoid) && !(outputLayer instanceof Softmax)) {
            throw new IllegalArgumentException("Binary cross-entropy needs probabilities from the net: end it with a"
                    + " sigmoid, e.g. .dense(1, Activation.sigmoid()), or use Loss.mse() for a linear output. Received:"
                    + " output layer '" + outputLayer.name() + "' (" + outputLayer.getClass().getSimpleName() + ")");
        }
    }

    @Override
    protected double rowLoss(double[] p, double[] y, int base, int k) {
        double s = 0;
        for (int j = base; j < base + k; j++) {
            // −[y log p + (1−y) log(1−p)]; the y = 0 or 1 terms are skipped so that 0·log 0 counts as 0
            double t = 0;
            if (y[j] > 0) {
                t -= y[j] * Math.log(p[j]);
            }
            if (y[j] < 1) {
                t -= (1 - y[j]) * Math.log1p(-p[j]);
            }
            s += t;
        }
        return s / k;
    }

    @Override
    protected void rowGradient(double[] p, double[] y, int base, int k, double scale, double[] g) {
        for (int j = base; j < base + k; j++) {
            g[j] = scale * (p[j] - y[j]) / (p[j] * (1 - p[j])) / k;
        }
    }

    @Override
    public boolean fusesWith(Layer outputLayer) { return outputLayer instanceof Sigmoid; }

    @Override
    public double forwardLogits(DMatrixRMaj logits, DMatrixRMaj target, DMatrixRMaj sampleWeights) {
        begin(logits, target, sampleWeights);
        int m = logits.numRows;
        int k = logits.numCols;
        double[] z = logits.data;
        double[] y = target.data;
        double total = 0;
        for (int i = 0; i < m; i++) {
            double w = weight(target, sampleWeights, i);
            double row = 0;
            for (int j = i * k; j < i * k + k; j++) {
                double e = Math.exp(-Math.abs(z[j]));
                // ℓ = max(z,0) − z y + log(1 + e^{−|z|})
                row += Math.max(z[j], 0) - z[j] * y[j] + Functions.log1p(e);
                // σ(z) = 1/(1 + e^{−z}), from the same e^{−|z|}: e/(1 + e) when z < 0
                double p = (z[j] >= 0 ? 1.0 : e) / (1.0 + e);
                // ∂L/∂z = w (σ(z) − y) / (m k)
                grad.data[j] = w * (p - y[j]) / ((double) m * k);
            }
            total += w * row / k;
        }
        return total / m;
    }

    @Override
    public String name() { return "binaryCrossEntropy"; }

    @Override
    public Loss withClassWeights(double... weights) { return new BinaryCrossEntropy(checked(weights)); }
}
