package nnlab.metrics;

import org.ejml.data.DMatrixRMaj;

/** MSE = (1/(Nk)) Σ (ŷ − y)². */
public final class MeanSquared implements Metric {

    @Override
    public String name() { return "mse"; }

    @Override
    public double compute(DMatrixRMaj prediction, DMatrixRMaj target) {
        Metric.requireSameShape(prediction, target);
        double s = 0;
        int n = prediction.getNumElements();
        for (int i = 0; i < n; i++) {
            double r = prediction.data[i] - target.data[i];
            s += r * r;
        }
        return s / n;
    }

    @Override
    public String toString() { return name(); }
}
