package nnlab.loss;

import nnlab.nn.Layer;
import org.ejml.data.DMatrixRMaj;

/**
 * A loss that can be computed together with the net's output activation, from that activation's
 * input Z (the logits): sigmoid + binary cross-entropy and softmax + categorical cross-entropy.
 *
 * <p>Why: computing p = f(Z) first and then −log p loses everything once p rounds to 0 or 1
 * (σ(40) is exactly 1.0 in double, so a confidently wrong prediction costs −log(1 − 1) = ∞).
 * From the logits the same loss stays finite, and its gradient is simply
 * {@code ∂L/∂Z = (p − y)/m}: the activation's own backward is skipped. The training loop fuses
 * whenever {@link #fusesWith} says the output layer matches.
 */
public interface FusedLoss extends Loss {

    /** True when {@code outputLayer} is the activation this loss is computed together with. */
    boolean fusesWith(Layer outputLayer);

    /**
     * The loss of the predictions {@code f(Z)}, computed from the logits Z for stability;
     * afterwards {@link #backward()} returns {@code ∂L/∂Z}.
     *
     * @param logits        Z, the output activation's input, m × k; Not modified.
     * @param target        Y, m × k; Not modified.
     * @param sampleWeights m × 1 non-negative weights, or null for all ones; Not modified.
     * @return the weighted batch mean
     */
    double forwardLogits(DMatrixRMaj logits, DMatrixRMaj target, DMatrixRMaj sampleWeights);
}
