package nnlab.regularize;

/**
 * L2 regularization (ridge): Ω = (λ/2)·Σ w², so ∂Ω/∂w = λ·w.
 *
 * <p>Added to the batch-mean loss without dividing by the number of examples: the course's
 * (λ/2m)·Σw² is {@code new L2(λ / m)}. With plain SGD, one step on C = L + Ω is
 * w := w − η·∂L/∂w − ηλ·w, which is why L2 is also called weight decay; with adaptive optimizers
 * (Adam) the two differ, see {@link WeightDecay}. L2 shrinks weights towards zero but rarely
 * makes one exactly zero.
 */
public final class L2 extends WeightPenalty<L2> {

    private final double lambda;

    /** @param lambda λ ≥ 0, the strength; typical values 1e-4 to 1e-2 */
    public L2(double lambda) {
        this(lambda, Selection.weights());
    }

    private L2(double lambda, Selection selection) {
        super(selection);
        this.lambda = requireStrength("lambda", lambda);
    }

    public double lambda() {
        return lambda;
    }

    @Override
    double penaltyOf(double w) {
        return 0.5 * lambda * w * w;
    }

    @Override
    double gradientOf(double w) {
        return lambda * w;
    }

    @Override
    L2 select(Selection selection) {
        return new L2(lambda, selection);
    }

    @Override
    public String toString() {
        return "L2(lambda=" + lambda + ", on " + selection() + ")";
    }
}
