package nnlab.optim;

/**
 * The settings shared by Adam, AdamW and Nadam, which all keep running averages of the gradient
 * (first moment m, decay β₁) and of its square (second moment v, decay β₂), with ε guarding the
 * division by √v̂. Subclasses write the update rule.
 *
 * @param <O> the concrete optimizer, returned by the chained setters
 */
public abstract class AdaptiveMoments<O extends AdaptiveMoments<O>> extends AbstractOptimizer<O> {

    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;

    AdaptiveMoments(String name, double learningRate) {
        super(name, learningRate);
    }

    /** β₁ ∈ [0, 1), the decay of the gradient average m; 0.9 averages about 10 steps. */
    public final O beta1(double beta1) {
        this.beta1 = requireDecayRate("beta1", beta1, "0.9");
        return self();
    }

    public final double beta1() {
        return beta1;
    }

    /** β₂ ∈ [0, 1), the decay of the squared-gradient average v; 0.999 averages about 1000 steps. */
    public final O beta2(double beta2) {
        this.beta2 = requireDecayRate("beta2", beta2, "0.999");
        return self();
    }

    public final double beta2() {
        return beta2;
    }

    /** ε &gt; 0 added to √v̂ so that a zero gradient history does not divide by zero. */
    public final O epsilon(double epsilon) {
        this.epsilon = requirePositive("epsilon", epsilon, "1e-8");
        return self();
    }

    public final double epsilon() {
        return epsilon;
    }

    @SuppressWarnings("unchecked")
    private O self() {
        return (O) this;
    }
}
