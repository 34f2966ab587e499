package nnlab.loss;

/**
 * Mean squared error: {@code ℓ_i = (1/k) Σ_j (ŷ_ij − y_ij)²}, {@code ∂ℓ_i/∂ŷ_ij = 2(ŷ_ij − y_ij)/k}.
 * Large errors dominate (they are squared), so a single outlier pulls the fit towards itself.
 */
public final class MeanSquaredError extends WeightedLoss {

    MeanSquaredError(double[] classWeights) { super(classWeights); }

    @Override
    protected double rowLoss(double[] p, double[] y, int base, int k) {
        double s = 0;
        for (int j = base; j < base + k; j++) {
            double r = p[j] - y[j];
            s += r * r;
        }
        return s / k;
    }

    @Override
    protected void rowGradient(double[] p, double[] y, int base, int k, double scale, double[] g) {
        for (int j = base; j < base + k; j++) {
            g[j] = scale * 2.0 * (p[j] - y[j]) / k;
        }
    }

    @Override
    public String name() { return "mse"; }

    @Override
    public Loss withClassWeights(double... weights) { return new MeanSquaredError(checked(weights)); }
}
