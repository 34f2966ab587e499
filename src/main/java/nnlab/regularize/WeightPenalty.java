package nnlab.regularize;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import nnlab.nn.Parameter;

/**
 * A penalty Ω(w) = Σ φ(wᵢ) summed element-wise over the selected parameters, added to the
 * cost. The subclasses say what φ is; this class walks the selected parameters, sums φ and adds
 * φ′ into each gradient. The selection methods return a new penalty of the same class (an
 * {@code L2} stays an {@code L2}); penalties are immutable.
 */
public abstract sealed class WeightPenalty<P extends WeightPenalty<P>> implements Regularizer
        permits L1, L2, ElasticNet {

    private final Selection selection;

    WeightPenalty(Selection selection) {
        this.selection = selection;
    }

    /** φ(w) for one scalar weight. */
    abstract double penaltyOf(double w);

    /** φ′(w), the derivative (a subgradient where φ has a kink). */
    abstract double gradientOf(double w);

    abstract P select(Selection selection);

    /** The parameters this penalty acts on. */
    public Selection selection() {
        return selection;
    }

    @Override
    public double penalty(List<Parameter> parameters) {
        Selection.requireParameters(parameters);
        double omega = 0;
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            if (!selection.test(p)) {
                continue;
            }
            double[] w = p.value().data;
            int n = p.size();
            for (int i = 0; i < n; i++) {
                omega += penaltyOf(w[i]);
            }
        }
        return omega;
    }

    @Override
    public double addGradient(List<Parameter> parameters) {
        Selection.requireParameters(parameters);
        double omega = 0;
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            if (!selection.test(p)) {
                continue;
            }
            double[] w = p.value().data;
            double[] dW = p.grad().data;
            int n = p.size();
            for (int i = 0; i < n; i++) {
                omega += penaltyOf(w[i]);
                // ∂C/∂w += ∂Ω/∂w
                dW[i] += gradientOf(w[i]);
            }
        }
        return omega;
    }

    static double requireStrength(String name, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("The regularization strength must be a finite number >= 0, e.g. 1e-3. Received: "
                    + name + "=" + lambda);
        }
        return lambda;
    }

    /** This penalty, restricted to the parameters for which {@code scope} holds (weights only, unless {@link #includingBiases()}). */
    public P onlyFor(Predicate<Parameter> scope) {
        return select(selection.onlyFor(scope));
    }

    /** This penalty, restricted to these parameters, e.g. {@code net.layer(1).parameters()}. */
    public P onlyFor(Collection<Parameter> parameters) {
        return select(selection.onlyFor(parameters));
    }

    /** This penalty, applied to biases too (they are excluded by default). */
    public P includingBiases() {
        return select(selection.includingBiases());
    }
}
