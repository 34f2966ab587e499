package nnlab.data;

import org.ejml.data.DMatrixRMaj;

/**
 * Min-max scaling {@code x' = (x − min)/(max − min)} per feature column, with min and max learned
 * from one dataset (the training set) and then applied unchanged to others, so no information
 * from validation or test data leaks into training. The training data land in [0, 1]; other data
 * may fall a little outside (nothing is clamped). A constant column (max = min) is mapped to
 * {@code x − min}, i.e. 0 on the training data, as if its range were 1.
 *
 * <pre>{@code
 *   var scale = Normalizer.fit(train);
 *   var trainUnit = scale.apply(train);   // features in [0, 1], targets unchanged
 *   var testUnit = scale.apply(test);     // with train's min and max
 *   DMatrixRMaj unit = Normalizer.fit(x).apply(x);   // on a bare matrix, e.g. for an RBM
 * }</pre>
 *
 * Compare {@link Standardizer}, which maps each column to mean 0 and standard deviation 1.
 * Any finite range works: when {@code max − min} overflows (a column from −1e308 to 1e308) the
 * formula is taken on halves, {@code (x/2 − min/2)/(max/2 − min/2)}, which is the same number.
 */
public final class Normalizer {

    private final double[] min;
    private final double[] max;

    private Normalizer(double[] min, double[] max) {
        this.min = min;
        this.max = max;
    }

    /** Learns min and max of each feature of {@code data}. */
    public static Normalizer fit(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("Fit a normalizer on a dataset, e.g. Normalizer.fit(train). Received: data=null");
        }
        return fit(data.xView());
    }

    /** Learns min and max of each column of {@code x} (N × d); Not modified. */
    public static Normalizer fit(DMatrixRMaj x) {
        if (x == null) {
            throw new IllegalArgumentException("Fit a normalizer on a matrix, one example per row. Received: x=null");
        }
        if (x.numRows == 0 || x.numCols == 0) {
            throw new IllegalArgumentException("Fit a normalizer on at least one row and one column. Received: "
                    + x.numRows + "x" + x.numCols);
        }
        int d = x.numCols;
        double[] lo = new double[d];
        double[] hi = new double[d];
        for (int j = 0; j < d; j++) {
            lo[j] = Double.POSITIVE_INFINITY;
            hi[j] = Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < x.getNumElements(); i++) {
            double v = x.data[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("x has the value " + v + " at row " + (i / d) + ", column " + (i % d)
                        + ". Remove or impute missing values before scaling.");
            }
            lo[i % d] = Math.min(lo[i % d], v);
            hi[i % d] = Math.max(hi[i % d], v);
        }
        return new Normalizer(lo, hi);
    }

    /** A new dataset with scaled features and the same targets. */
    public Dataset apply(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("Apply the normalizer to a dataset, e.g. scale.apply(test). Received: data=null");
        }
        return data.withFeatures(apply(data.xView()));
    }

    /** A scaled copy of {@code x}; x: Not modified. */
    public DMatrixRMaj apply(DMatrixRMaj x) {
        if (x == null) {
            throw new IllegalArgumentException("Apply the normalizer to a matrix, one example per row. Received: x=null");
        }
        if (x.numCols != min.length) {
            throw new IllegalArgumentException("This normalizer was fitted on " + min.length + " features but the data has "
                    + x.numCols + ".");
        }
        DMatrixRMaj out = x.copy();
        int d = x.numCols;
        for (int i = 0; i < out.getNumElements(); i++) {
            int j = i % d;
            double range = max[j] > min[j] ? max[j] - min[j] : 1.0;
            double v = (out.data[i] - min[j]) / range;
            // x − min or max − min overflowed: the same quotient on halves
            out.data[i] = Double.isFinite(v) && Double.isFinite(range) ? v
                    : (out.data[i] / 2 - min[j] / 2) / (max[j] > min[j] ? max[j] / 2 - min[j] / 2 : 0.5);
        }
        return out;
    }

    /** min per feature. */
    public double[] min() { return min.clone(); }

    /** max per feature. */
    public double[] max() { return max.clone(); }
}
