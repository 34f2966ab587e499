package nnlab.regularize;

import java.util.List;
import nnlab.nn.Parameter;

/**
 * A penalty Ω(w) added to the cost, C = L + Ω, to keep the weights small (or sparse).
 *
 * <p>The training loop calls {@link #addGradient(List)} after backward has filled the data-loss
 * gradients: it adds ∂Ω/∂w into each selected {@link Parameter#grad()} and returns Ω, so the
 * history can record the data loss L and the penalty Ω separately.
 *
 * <p><b>Scaling.</b> nnlab adds Ω to the <em>batch-mean</em> loss with no division by the number
 * of examples: L2 is Ω = (λ/2)·Σw², L1 is Ω = λ·Σ|w|. The course notes write L2 as
 * (λ/2m)·Σw² with m the number of training examples; that is nnlab's L2 with strength λ/m.
 * (The notes' L1 with λ/2m is a slip: the ½ belongs to the square, where it cancels the 2 of the
 * derivative; for L1 there is nothing to cancel.)
 *
 * <p><b>Biases are excluded by default</b>: only parameters of kind
 * {@link Parameter.Kind#WEIGHT} are penalised (a bias shifts a unit, it does not make the
 * function more wiggly). Frozen parameters are skipped.
 */
public interface Regularizer {

    /** Ω for the current values of {@code parameters} (only the selected ones count). */
    double penalty(List<Parameter> parameters);

    /**
     * Adds ∂Ω/∂w into the gradient of every selected parameter and returns Ω.
     *
     * @param parameters the net's parameters; gradients Modified, values Not modified
     */
    double addGradient(List<Parameter> parameters);

    /**
     * Called by the training loop after each optimizer step, with the step's learning rate η;
     * a proximal penalty ({@link L1#proximal()}) acts on the weights here. Does nothing by default.
     *
     * @param parameters the net's parameters; values Modified by a proximal penalty
     */
    default void afterStep(List<Parameter> parameters, double learningRate) {
    }

    /** L1 (lasso), Ω = λ·Σ|w|: pushes weights to exactly zero. */
    static L1 l1(double lambda) {
        return new L1(lambda);
    }

    /** L2 (ridge, "weight decay" for plain SGD), Ω = (λ/2)·Σw². */
    static L2 l2(double lambda) {
        return new L2(lambda);
    }

    /** Elastic net, Ω = λ₁·Σ|w| + (λ₂/2)·Σw². */
    static ElasticNet elasticNet(double lambda1, double lambda2) {
        return new ElasticNet(lambda1, lambda2);
    }
}
