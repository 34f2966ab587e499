package nnlab.loss;

import org.ejml.data.DMatrixRMaj;

/**
 * A loss (cost) function: how far a batch of predictions {@code Ŷ} (m × k) is from its targets
 * {@code Y}. Every loss returns the weighted batch mean
 * <pre>
 *   L = (1/m) Σ_i w_i ℓ_i ,   w_i = sampleWeight_i · classWeight[class of row i]
 * </pre>
 * (w_i = 1 without weights), and {@link #backward()} returns {@code ∂L/∂Ŷ}, which already
 * carries the 1/m. The class of a row is its argmax, or for one column, 1 when y ≥ 0.5 and 0
 * otherwise.
 *
 * <p>A loss object reuses its gradient buffer; it allocates nothing per batch.
 */
public interface Loss {

    /**
     * Computes L for one batch and keeps what {@link #backward()} needs.
     *
     * @param prediction    Ŷ, m × k; Not modified.
     * @param target        Y, m × k; Not modified.
     * @param sampleWeights m × 1 non-negative weights, or null for all ones; Not modified.
     * @return the weighted batch mean
     */
    double forward(DMatrixRMaj prediction, DMatrixRMaj target, DMatrixRMaj sampleWeights);

    /** {@link #forward(DMatrixRMaj, DMatrixRMaj, DMatrixRMaj)} without sample weights. */
    default double forward(DMatrixRMaj prediction, DMatrixRMaj target) {
        return forward(prediction, target, null);
    }

    /** ∂L/∂Ŷ (or ∂L/∂Z after {@link FusedLoss#forwardLogits}) for the last forward call; owned by the loss. */
    DMatrixRMaj backward();

    /** A short name such as {@code "mse"}. */
    String name();

    /**
     * The same loss with a weight per class (index = class). Rarer classes get larger weights
     * so that their errors count more, e.g. {@code withClassWeights(1, 9)} for a 10% minority.
     */
    Loss withClassWeights(double... weights);

    /** Mean squared error, {@code ℓ_i = (1/k) Σ_j (ŷ_ij − y_ij)²}. */
    static Loss mse() { return new MeanSquaredError(null); }

    /** Mean absolute error, {@code ℓ_i = (1/k) Σ_j |ŷ_ij − y_ij|}. */
    static Loss mae() { return new MeanAbsoluteError(null); }

    /** Huber loss with δ = 1. */
    static Loss huber() { return new Huber(1.0, null); }

    /** Huber loss: squared below δ, linear above. */
    static Loss huber(double delta) { return new Huber(delta, null); }

    /** Binary cross-entropy on probabilities; fused with a sigmoid output layer. */
    static BinaryCrossEntropy binaryCrossEntropy() { return new BinaryCrossEntropy(null); }

    /** Categorical cross-entropy on one-hot (or soft) targets; fused with a softmax output layer. */
    static CategoricalCrossEntropy categoricalCrossEntropy() { return new CategoricalCrossEntropy(null); }
}
