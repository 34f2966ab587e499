package nnlab.regularize;

/**
 * Elastic net (Zou &amp; Hastie, 2005): Ω = λ₁·Σ|w| + (λ₂/2)·Σw², so
 * ∂Ω/∂w = λ₁·sign(w) + λ₂·w. The L1 part makes weights sparse, the L2 part keeps groups of
 * correlated weights together. Same scaling as {@link L1} and {@link L2}: added to the batch-mean
 * loss, no 1/m. (Keras' {@code L1L2} has no ½ on the square: its l2 is half of our λ₂.)
 */
public final class ElasticNet extends WeightPenalty<ElasticNet> {

    private final double lambda1;
    private final double lambda2;

    /**
     * @param lambda1 λ₁ ≥ 0, the L1 strength
     * @param lambda2 λ₂ ≥ 0, the L2 strength
     */
    public ElasticNet(double lambda1, double lambda2) {
        this(lambda1, lambda2, Selection.weights());
    }

    private ElasticNet(double lambda1, double lambda2, Selection selection) {
        super(selection);
        this.lambda1 = requireStrength("lambda1", lambda1);
        this.lambda2 = requireStrength("lambda2", lambda2);
    }

    public double lambda1() {
        return lambda1;
    }

    public double lambda2() {
        return lambda2;
    }

    @Override
    double penaltyOf(double w) {
        return lambda1 * Math.abs(w) + 0.5 * lambda2 * w * w;
    }

    @Override
    double gradientOf(double w) {
        return lambda1 * Math.signum(w) + lambda2 * w;
    }

    @Override
    ElasticNet select(Selection selection) {
        return new ElasticNet(lambda1, lambda2, selection);
    }

    @Override
    public String toString() {
        return "ElasticNet(lambda1=" + lambda1 + ", lambda2=" + lambda2 + ", on " + selection() + ")";
    }
}
