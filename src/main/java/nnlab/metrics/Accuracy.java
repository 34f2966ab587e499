package nnlab.metrics;

import nnlab.mat.MatrixOps;
import org.ejml.data.DMatrixRMaj;

/** Accuracy = correct / N; see {@link Metric#accuracy()}. NaN when a prediction is NaN (a diverged net). */
public final class Accuracy implements Metric {

    @Override
    public String name() { return "accuracy"; }

    @Override
    public double compute(DMatrixRMaj prediction, DMatrixRMaj target) {
        Metric.requireSameShape(prediction, target);
        for (int i = 0; i < prediction.getNumElements(); i++) {
            if (Double.isNaN(prediction.data[i])) {
                // a NaN output has no class; counting it as class 0 would report a diverged net's
                // accuracy as the share of class 0
                return Double.NaN;
            }
        }
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
