package nnlab.regularize;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import nnlab.nn.Parameter;

/**
 * Decoupled weight decay (Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization",
 * ICLR 2019): shrink every selected weight by a fixed fraction at each step,
 * w := w − η·λ·w, separately from the gradient step, instead of adding λ·w to the gradient.
 *
 * <p>For plain SGD the two are the same update (this is {@link L2} with the same λ). For
 * adaptive optimizers they are not: Adam divides an L2 gradient by √v̂, so weights with large
 * gradients are barely decayed; decoupled decay shrinks every weight at the same rate. The
 * factor includes η, as in PyTorch's {@code AdamW} and Keras, so that a learning-rate schedule
 * also scales the decay. Weights only by default (biases excluded); frozen parameters skipped.
 * Immutable.
 */
public final class WeightDecay {

    private final double lambda;
    private final Selection selection;

    /** @param lambda λ ≥ 0, the decay per unit learning rate, e.g. 0.01 */
    public WeightDecay(double lambda) {
        this(lambda, Selection.weights());
    }

    private WeightDecay(double lambda, Selection selection) {
        this.lambda = WeightPenalty.requireStrength("weightDecay", lambda);
        this.selection = selection;
    }

    public double lambda() {
        return lambda;
    }

    /** This decay, restricted to the parameters for which {@code scope} holds. */
    public WeightDecay onlyFor(Predicate<Parameter> scope) {
        return new WeightDecay(lambda, selection.onlyFor(scope));
    }

    /** This decay, restricted to these parameters (e.g. one layer's). */
    public WeightDecay onlyFor(Collection<Parameter> parameters) {
        return new WeightDecay(lambda, selection.onlyFor(parameters));
    }

    /** This decay, applied to biases too (they are excluded by default). */
    public WeightDecay includingBiases() {
        return new WeightDecay(lambda, selection.includingBiases());
    }

    /**
     * w := (1 − η·λ)·w for every selected parameter.
     *
     * @param parameters values Modified
     * @param learningRate η, the optimizer's current learning rate
     */
    public void apply(List<Parameter> parameters, double learningRate) {
        Selection.requireParameters(parameters);
        for (int k = 0; k < parameters.size(); k++) {
            apply(parameters.get(k), learningRate);
        }
    }

    /** w := (1 − η·λ)·w if {@code p} is selected; does nothing otherwise. */
    public void apply(Parameter p, double learningRate) {
        if (lambda == 0 || !selection.test(p)) {
            return;
        }
        double shrink = 1 - learningRate * lambda;
        double[] w = p.value().data;
        int n = p.size();
        for (int i = 0; i < n; i++) {
            w[i] *= shrink;
        }
    }

    @Override
    public String toString() {
        return "WeightDecay(lambda=" + lambda + ", on " + selection + ")";
    }
}
