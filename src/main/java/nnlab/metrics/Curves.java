package nnlab.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Threshold curves of a binary classifier's scores: ROC and precision–recall, with their areas.
 *
 * <p>Predict "positive" when the score s ≥ t. Sweeping the threshold t from above the highest
 * score down to the lowest traces, at each distinct score,
 * <pre>
 * TPR = recall = TP / P          FPR = FP / N          precision = TP / (TP + FP)
 * </pre>
 * (P, N: numbers of positive and negative examples). The ROC curve is TPR against FPR from
 * (0, 0) to (1, 1); its area, AUC, equals the probability that a random positive scores higher
 * than a random negative (ties count ½). Average precision is AP = Σₖ (Rₖ − Rₖ₋₁)·Pₖ over the
 * thresholds, the area under the precision–recall steps (scikit-learn's definition).
 */
public final class Curves {

    private Curves() {}

    /**
     * @param fpr        false-positive rate per threshold, from 0 up to 1
     * @param tpr        true-positive rate per threshold
     * @param thresholds t for each point (+∞ for the first point, where nothing is positive)
     * @param auc        area under the curve (trapezoids)
     */
    public record Roc(double[] fpr, double[] tpr, double[] thresholds, double auc) {}

    /**
     * @param recall     recall per threshold, rising
     * @param precision  precision per threshold
     * @param thresholds t for each point
     * @param averagePrecision AP = Σ (Rₖ − Rₖ₋₁) Pₖ
     */
    public record PrecisionRecall(double[] recall, double[] precision, double[] thresholds, double averagePrecision) {}

    /** The ROC curve of {@code scores} against 0/1 {@code labels}. */
    public static Roc roc(double[] scores, int[] labels) {
        List<double[]> pts = sweep(scores, labels);
        int n = pts.size();
        double[] fpr = new double[n];
        double[] tpr = new double[n];
        double[] th = new double[n];
        double p = pts.get(n - 1)[1];
        double q = pts.get(n - 1)[2];
        double auc = 0;
        for (int i = 0; i < n; i++) {
            th[i] = pts.get(i)[0];
            tpr[i] = pts.get(i)[1] / p;
            fpr[i] = pts.get(i)[2] / q;
            if (i > 0) {
                auc += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
            }
        }
        return new Roc(fpr, tpr, th, auc);
    }

    /** The precision–recall curve of {@code scores} against 0/1 {@code labels}. */
    public static PrecisionRecall precisionRecall(double[] scores, int[] labels) {
        List<double[]> pts = sweep(scores, labels);
        int n = pts.size() - 1; // the first point (nothing predicted positive) has no precision
        double[] r = new double[n];
        double[] pr = new double[n];
        double[] th = new double[n];
        double p = pts.get(pts.size() - 1)[1];
        double ap = 0;
        for (int i = 0; i < n; i++) {
            double[] pt = pts.get(i + 1);
            th[i] = pt[0];
            r[i] = pt[1] / p;
            pr[i] = pt[1] / (pt[1] + pt[2]);
            ap += (r[i] - (i == 0 ? 0 : r[i - 1])) * pr[i];
        }
        return new PrecisionRecall(r, pr, th, ap);
    }

    /** Throws unless there is one 0/1 label per score and no score is NaN, naming the first bad row. */
    static void requireBinary(double[] scores, int[] labels) {
        if (scores == null || labels == null) {
            throw new IllegalArgumentException("Give the scores and their 0/1 labels, e.g. net.scores(data) and"
                    + " data.labels(). Received: scores=" + (scores == null ? "null" : scores.length + " values")
                    + ", labels=" + (labels == null ? "null" : labels.length + " values"));
        }
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("Give one 0/1 label per score. Received: " + scores.length + " scores, "
                    + labels.length + " labels");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("Labels must be 0 or 1 (1 = the positive class). Received: row " + i
                        + " = " + labels[i]);
            }
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("Scores must be numbers; a NaN score usually means the net diverged"
                        + " (retrain with a smaller learning rate). Received: row " + i + " = NaN");
            }
        }
    }

    /** Points {threshold, TP, FP}: first (+∞, 0, 0), then one per distinct score, descending. */
    private static List<double[]> sweep(double[] scores, int[] labels) {
        requireBinary(scores, labels);
        if (scores.length == 0) {
            throw new IllegalArgumentException("Give at least one score with its 0/1 label. Received: 0 scores");
        }
        int pos = 0;
        for (int label : labels) {
            pos += label;
        }
        if (pos == 0 || pos == labels.length) {
            throw new IllegalArgumentException("Both classes must occur among the labels (a curve sweeps positives"
                    + " against negatives); evaluate on a data set with both. Received: " + pos + " positives among "
                    + labels.length + " labels");
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {Double.POSITIVE_INFINITY, 0, 0});
        double tp = 0;
        double fp = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            tp += labels[i];
            fp += 1 - labels[i];
            if (k == order.length - 1 || scores[order[k + 1]] != scores[i]) {
                pts.add(new double[] {scores[i], tp, fp});
            }
        }
        return pts;
    }

    /**
     * Confusion matrix C[i][j] = number of examples of true class i predicted as class j.
     *
     * @throws IllegalArgumentException naming the first label outside [0, classes)
     */
    public static int[][] confusionMatrix(int[] actual, int[] predicted, int classes) {
        if (actual == null || predicted == null) {
            throw new IllegalArgumentException("Give the true and the predicted class of each example, e.g."
                    + " data.labels() and net.predictClasses(data). Received: actual="
                    + (actual == null ? "null" : actual.length + " labels") + ", predicted="
                    + (predicted == null ? "null" : predicted.length + " labels"));
        }
        if (classes < 1) {
            throw new IllegalArgumentException("The number of classes must be at least 1, e.g. 10. Received: classes="
                    + classes);
        }
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("Give one prediction per true label. Received: " + actual.length
                    + " true labels, " + predicted.length + " predictions");
        }
        int[][] c = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || actual[i] >= classes || predicted[i] < 0 || predicted[i] >= classes) {
                throw new IllegalArgumentException("Class labels must be in [0, " + classes + "). Received: true "
                        + actual[i] + ", predicted " + predicted[i] + " at row " + i);
            }
            c[actual[i]][predicted[i]]++;
        }
        return c;
    }
}
