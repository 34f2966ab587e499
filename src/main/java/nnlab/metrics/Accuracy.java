package nnlab.metrics;

import nnlab.mat.MatrixOps;
import org.ejml.data.DMatrixRMaj;

/** Accuracy = correct / N; see {@link Metric#accuracy()}. */
public final class Accuracy implements Metric {

    @Override
    public String name() { return "accuracy"; }

    @Override
    public double compute(DMatrixRMaj prediction, DMatrixRMaj target) {
        Metric.requireSameShape(prediction, target);
        int n = prediction.numRows;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            if (MatrixOps.classOf(prediction, i) == MatrixOps.classOf(target, i)) {
                correct++;
            }
        }
        return (double) correct / n;
    }

    @Override
    public String toString() { return name(); }
}
