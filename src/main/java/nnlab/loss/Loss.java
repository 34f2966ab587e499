package nnlab.loss;

import nnlab.nn.Layer;
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
     * @throws IllegalArgumentException for shapes that do not match, a target this loss does not
     *     accept, or a negative or non-finite sample weight, naming its row of the batch
     */
    double forward(DMatrixRMaj prediction, DMatrixRMaj target, DMatrixRMaj sampleWeights);

    /** {@link #forward(DMatrixRMaj, DMatrixRMaj, DMatrixRMaj)} without sample weights. */
    default double forward(DMatrixRMaj prediction, DMatrixRMaj target) {
        return forward(prediction, target, null);
    }

    /** ∂L/∂Ŷ (or ∂L/∂Z after {@link FusedLoss#forwardLogits}) for the last forward call; owned by the loss. */
    DMatrixRMaj backward();

    /**
     * Checks once, before training or evaluating on a whole data set, that this loss fits the
     * net's output layer and every target row of the set: binary cross-entropy needs a sigmoid
     * (or softmax) output and targets in [0, 1]; categorical cross-entropy a softmax output and
     * one-hot or probability rows (non-negative, summing to 1); the regression losses targets
     * small enough that the loss of predicting 0 is finite; with class or sample weights, a
     * positive total weight. The training loop calls it at the start of every run, so a bad
     * target is named by its row in the data set rather than in a shuffled batch.
     * A custom loss accepts everything unless it overrides this.
     *
     * @param outputLayer   the net's last layer, or null to check only the targets; Not modified.
     * @param targets       N × k, the whole set's targets; Not modified.
     * @param sampleWeights N × 1 weights or null; Not modified.
     * @param dataName      how messages name the set, e.g. {@code "training set"}
     * @throws IllegalArgumentException naming the row, column and value, and the fix
     */
    default void checkFits(Layer outputLayer, DMatrixRMaj targets, DMatrixRMaj sampleWeights, String dataName) {}

    /** A short name such as {@code "mse"}. */
    String name();

    /**
     * The same loss with a weight per class (index = class). Rarer classes get larger weights
     * so that their errors count more, e.g. {@code withClassWeights(1, 9)} for a 10% minority.
     *
     * @throws IllegalArgumentException for null, no weights, a negative or non-finite weight, or
     *     weights that are all 0 (nothing would be learned)
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
