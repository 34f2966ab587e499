package nnlab.metrics;

import org.ejml.data.DMatrixRMaj;

/** Accuracy = correct / N; see {@link Metric#accuracy()}. */
public final class Accuracy implements Metric {

    @Override
    public String name() { return "accuracy"; }

    @Override
    public double compute(DMatrixRMaj prediction, DMatrixRMaj target) {
        Metric.requireSameShape(prediction, target);
        int n = prediction.numRows;
        int k = prediction.numCols;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            if (classOf(prediction, i, k) == classOf(target, i, k)) {
                correct++;
            }
        }
        return (double) correct / n;
    }

    static int classOf(DMatrixRMaj m, int row, int k) {
        int base = row * k;
        if (k == 1) {
            return m.data[base] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (m.data[base + j] > m.data[base + best]) {
                best = j;
            }
        }
        return best;
    }

    @Override
    public String toString() { return name(); }
}
