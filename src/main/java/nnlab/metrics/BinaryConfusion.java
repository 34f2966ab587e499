package nnlab.metrics;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The four counts of a binary classifier at one threshold t: an example is predicted positive
 * (class 1) when its score is at least t.
 *
 * <pre>
 *                      predicted 1   predicted 0
 *   actual 1               TP            FN        ← FN: a type II error (a miss)
 *   actual 0               FP            TN        ← FP: a type I error (a false alarm)
 *
 *   precision = TP / (TP + FP)     of the examples called positive, the fraction that are
 *   recall    = TP / (TP + FN)     of the positive examples, the fraction found (= TPR)
 *   F1        = 2·precision·recall / (precision + recall) = 2TP / (2TP + FP + FN)
 *   FPR       = FP / (FP + TN)     of the negative examples, the fraction wrongly flagged
 * </pre>
 *
 * Lowering t calls more examples positive: TP and FP can only grow, so recall and FPR rise
 * together; that trade-off is the ROC curve ({@link Curves#roc}). A rate whose denominator is 0
 * (precision when nothing is called positive, say) is undefined and returned as NaN.
 */
public record BinaryConfusion(int tp, int fp, int fn, int tn) {

    public BinaryConfusion {
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
            throw new IllegalArgumentException("Counts must be >= 0. Received: TP=" + tp + ", FP=" + fp + ", FN=" + fn
                    + ", TN=" + tn);
        }
    }

    /**
     * Counts at threshold t: predicted 1 when {@code scores[i] ≥ t}.
     *
     * @param labels 0 or 1, one per score
     */
    public static BinaryConfusion of(double[] scores, int[] labels, double threshold) {
        Curves.requireBinary(scores, labels);
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("The threshold must be a number, e.g. 0.5. Received: threshold=NaN");
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean positive = scores[i] >= threshold;
            if (labels[i] == 1) {
                tp += positive ? 1 : 0;
                fn += positive ? 0 : 1;
            } else {
                fp += positive ? 1 : 0;
                tn += positive ? 0 : 1;
            }
        }
        return new BinaryConfusion(tp, fp, fn, tn);
    }

    /**
     * Counts from a one-column prediction (a sigmoid output) against one-column 0/1 targets.
     *
     * @throws IllegalArgumentException when either has more than one column: these counts are for
     *                                  two classes; for k classes use {@link Curves#confusionMatrix}
     */
    public static BinaryConfusion of(DMatrixRMaj prediction, DMatrixRMaj target, double threshold) {
        Metric.requireSameShape(prediction, target);
        if (prediction.numCols != 1) {
            throw new IllegalArgumentException("Precision, recall and F1 here are for a binary classifier with one"
                    + " sigmoid output; these predictions have " + prediction.numCols + " columns. For k classes use"
                    + " Curves.confusionMatrix.");
        }
        int[] labels = new int[target.numRows];
        for (int i = 0; i < labels.length; i++) {
            double t = target.data[i];
            if (t != 0 && t != 1) {
                throw new IllegalArgumentException("Targets must be 0 or 1 (one sigmoid output), e.g."
                        + " Dataset.oneHot for k classes. Received: row " + i + " = " + t);
            }
            labels[i] = (int) t;
        }
        return of(Arrays.copyOf(prediction.data, prediction.numRows), labels, threshold);
    }

    /** TP / (TP + FP); NaN when nothing is called positive. */
    public double precision() { return ratio(tp, tp + fp); }

    /** TP / (TP + FN), the true-positive rate; NaN when there are no positive examples. */
    public double recall() { return ratio(tp, tp + fn); }

    /** 2TP / (2TP + FP + FN), the harmonic mean of precision and recall; NaN when TP + FP + FN = 0. */
    public double f1() { return ratio(2.0 * tp, 2.0 * tp + fp + fn); }

    /** FP / (FP + TN); NaN when there are no negative examples. */
    public double falsePositiveRate() { return ratio(fp, fp + tn); }

    /** (TP + TN) / N. */
    public double accuracy() { return ratio(tp + tn, tp + fp + fn + tn); }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    @Override
    public String toString() {
        return String.format("TP %d, FP %d (type I), FN %d (type II), TN %d · precision %.3f · recall %.3f · F1 %.3f"
                + " · FPR %.3f", tp, fp, fn, tn, precision(), recall(), f1(), falsePositiveRate());
    }
}
