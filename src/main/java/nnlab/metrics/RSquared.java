package nnlab.metrics;

import org.ejml.data.DMatrixRMaj;

/**
 * R² = 1 − SS_res / SS_tot with SS_res = Σ (y − ŷ)² and SS_tot = Σ (y − ȳ)², ȳ the mean of all
 * target entries: 1 is a perfect fit, 0 is no better than predicting ȳ, negative is worse.
 * Constant targets (SS_tot = 0) give NaN.
 */
public final class RSquared implements Metric {

    @Override
    public String name() { return "r2"; }

    @Override
    public double compute(DMatrixRMaj prediction, DMatrixRMaj target) {
        Metric.requireSameShape(prediction, target);
        int n = target.getNumElements();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += target.data[i] / n;
        }
        double res = 0;
        double tot = 0;
        for (int i = 0; i < n; i++) {
            double r = target.data[i] - prediction.data[i];
            double d = target.data[i] - mean;
            res += r * r;
            tot += d * d;
        }
        return tot == 0 ? Double.NaN : 1 - res / tot;
    }

    @Override
    public String toString() { return name(); }
}
