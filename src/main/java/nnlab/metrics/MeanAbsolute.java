package nnlab.metrics;

import org.ejml.data.DMatrixRMaj;

/** MAE = (1/(Nk)) Σ |ŷ − y|. */
public final class MeanAbsolute implements Metric {

    @Override
    public String name() { return "mae"; }

    @Override
    public double compute(DMatrixRMaj prediction, DMatrixRMaj target) {
        Metric.requireSameShape(prediction, target);
        double s = 0;
        int n = prediction.getNumElements();
        for (int i = 0; i < n; i++) {
            s += Math.abs(prediction.data[i] - target.data[i]);
        }
        return s / n;
    }

    @Override
    public String toString() { return name(); }
}
