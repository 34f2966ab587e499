package nnlab.metrics;

import org.ejml.data.DMatrixRMaj;

/**
 * A number that scores predictions against targets over a whole data set (not differentiated,
 * unlike a loss). The factories name the usual ones.
 */
public interface Metric {

    /** The column name in a training history, e.g. {@code "accuracy"}. */
    String name();

    /**
     * @param prediction Ŷ, N × k; Not modified.
     * @param target     Y, N × k; Not modified.
     */
    double compute(DMatrixRMaj prediction, DMatrixRMaj target);

    /**
     * Fraction of rows whose predicted class equals the target class. With one column the
     * class is {@code ŷ ≥ 0.5}; with several, the argmax. NaN when a prediction is NaN.
     */
    static Metric accuracy() { return new Accuracy(); }

    /** Precision TP / (TP + FP) of a one-output classifier at threshold 0.5 (see {@link BinaryConfusion}). */
    static Metric precision() { return new BinaryRate("precision", BinaryConfusion::precision); }

    /** Recall TP / (TP + FN) of a one-output classifier at threshold 0.5 (see {@link BinaryConfusion}). */
    static Metric recall() { return new BinaryRate("recall", BinaryConfusion::recall); }

    /** F1 = 2TP / (2TP + FP + FN) of a one-output classifier at threshold 0.5 (see {@link BinaryConfusion}). */
    static Metric f1() { return new BinaryRate("f1", BinaryConfusion::f1); }

    /** Mean squared error over all entries. */
    static Metric mse() { return new MeanSquared(); }

    /** Mean absolute error over all entries. */
    static Metric mae() { return new MeanAbsolute(); }

    /** Coefficient of determination R² = 1 − SS_res/SS_tot, over all entries. */
    static Metric r2() { return new RSquared(); }

    /** Throws unless both matrices are given, have the same shape and at least one row. */
    static void requireSameShape(DMatrixRMaj prediction, DMatrixRMaj target) {
        if (prediction == null || target == null) {
            throw new IllegalArgumentException("A metric compares predictions with targets; pass both, e.g."
                    + " compute(net.predict(data), data.y()). Received: prediction=" + shape(prediction) + ", target="
                    + shape(target));
        }
        if (prediction.numRows != target.numRows || prediction.numCols != target.numCols) {
            throw new IllegalArgumentException("Predictions and targets must have the same shape, one row per example"
                    + " (predict on the data set the targets come from). Received: prediction " + shape(prediction)
                    + ", target " + shape(target));
        }
        if (prediction.numRows == 0) {
            throw new IllegalArgumentException("A metric needs at least one row, e.g. a validation set of a few"
                    + " examples. Received: prediction " + shape(prediction));
        }
    }

    private static String shape(DMatrixRMaj m) {
        return m == null ? "null" : m.numRows + "x" + m.numCols;
    }
}
