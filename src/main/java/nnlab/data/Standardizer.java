package nnlab.data;

import org.ejml.data.DMatrixRMaj;

/**
 * Standardization {@code x' = (x − μ)/s} per feature column, with μ and s (population standard
 * deviation) learned from one dataset (the training set) and then applied unchanged to others,
 * so that no information from validation or test data leaks into training. A constant column
 * gets s = 1 (it becomes all zeros rather than NaN).
 */
public final class Standardizer {

    private final double[] mean;
    private final double[] std;

    private Standardizer(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
    }

    /** Learns μ and s of each feature of {@code data}. */
    public static Standardizer fit(Dataset data) {
        DMatrixRMaj x = data.xView();
        int n = x.numRows;
        int d = x.numCols;
        double[] mu = new double[d];
        double[] s = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mu[j] += x.data[i * d + j] / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double r = x.data[i * d + j] - mu[j];
                s[j] += r * r / n;
            }
        }
        for (int j = 0; j < d; j++) {
            s[j] = s[j] > 0 ? Math.sqrt(s[j]) : 1.0;
        }
        return new Standardizer(mu, s);
    }

    /** A new dataset with standardized features and the same targets. */
    public Dataset apply(Dataset data) {
        DMatrixRMaj x = data.x();
        if (x.numCols != mean.length) {
            throw new IllegalArgumentException("This standardizer was fitted on " + mean.length
                    + " features but the data has " + x.numCols + ".");
        }
        int d = x.numCols;
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = (x.data[i] - mean[i % d]) / std[i % d];
        }
        return data.withFeatures(x);
    }

    /** μ per feature. */
    public double[] mean() { return mean.clone(); }

    /** s per feature. */
    public double[] std() { return std.clone(); }
}
