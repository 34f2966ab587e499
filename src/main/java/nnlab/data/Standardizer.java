package nnlab.data;

import org.ejml.data.DMatrixRMaj;

/**
 * Standardization {@code x' = (x − μ)/s} per feature column, with μ and s (population standard
 * deviation) learned from one dataset (the training set) and then applied unchanged to others,
 * so that no information from validation or test data leaks into training. A constant column
 * gets s = 1 (it becomes all zeros rather than NaN).
 *
 * <p>Any finite column works, however large or small its values: μ and s are computed on the
 * column divided by {@code c}, the power of two at or just below its largest magnitude, then
 * scaled back,
 * <pre>
 *   μ = c · (1/N) Σ_i x_i/c          s = c · sqrt((1/N) Σ_i (x_i/c − μ/c)²)
 * </pre>
 * so a column near ±1e200 (whose squares overflow to ∞) gets its true spread, not s = ∞, and a
 * column near 1e-200 (whose squares underflow to 0) is not taken for a constant. Dividing by a
 * power of two is exact, so for ordinary columns this is bit for bit the unscaled formula.
 */
public final class Standardizer {

    private final double[] mean;
    private final double[] std;

    private Standardizer(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
    }

    /** Learns μ and s of each feature of {@code data}; Not modified. */
    public static Standardizer fit(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("Fit a standardizer on a dataset, e.g. Standardizer.fit(train). Received: data=null");
        }
        DMatrixRMaj x = data.xView();
        int n = x.numRows;
        int d = x.numCols;
        double[] mu = new double[d];
        double[] s = new double[d];
        double[] c = new double[d];
        for (int i = 0; i < n * d; i++) {
            c[i % d] = Math.max(c[i % d], Math.abs(x.data[i]));
        }
        for (int j = 0; j < d; j++) {
            c[j] = c[j] > 0 ? Math.scalb(1.0, Math.getExponent(c[j])) : 1.0;
        }
        // m = (1/N) Σ x/c, the mean of the scaled column (|x/c| < 2, so nothing overflows)
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mu[j] += x.data[i * d + j] / c[j] / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double r = x.data[i * d + j] / c[j] - mu[j];
                s[j] += r * r / n;
            }
        }
        for (int j = 0; j < d; j++) {
            // μ = c·m, s = c·sqrt(var of x/c)
            mu[j] *= c[j];
            s[j] = s[j] > 0 ? c[j] * Math.sqrt(s[j]) : 1.0;
        }
        return new Standardizer(mu, s);
    }

    /**
     * A new dataset with standardized features and the same targets; data: Not modified.
     *
     * @throws IllegalArgumentException for another number of features than the fitted data had
     */
    public Dataset apply(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("Apply the standardizer to a dataset, e.g. scale.apply(test). Received: data=null");
        }
        DMatrixRMaj x = data.x();
        if (x.numCols != mean.length) {
            throw new IllegalArgumentException("This standardizer was fitted on " + mean.length
                    + " features but the data has " + x.numCols + ". Fit it on data with the same columns. Received: "
                    + data);
        }
        int d = x.numCols;
        for (int i = 0; i < x.getNumElements(); i++) {
            double v = (x.data[i] - mean[i % d]) / std[i % d];
            // x − μ overflows only when x and μ are both near the largest double: then x/s − μ/s
            x.data[i] = Double.isFinite(v) ? v : x.data[i] / std[i % d] - mean[i % d] / std[i % d];
        }
        return data.withFeatures(x);
    }

    /** μ per feature, as a new array. */
    public double[] mean() { return mean.clone(); }

    /** s per feature, as a new array. */
    public double[] std() { return std.clone(); }
}
