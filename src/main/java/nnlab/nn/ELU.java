package nnlab.nn;

import java.util.Map;

/**
 * Exponential linear unit: {@code y = z} for z &gt; 0, {@code y = α(e^z − 1)} otherwise, with
 * derivative 1 or {@code α e^z = y + α}. Smooth at 0 for α = 1, and its negative outputs pull
 * the mean activation towards zero.
 */
public final class ELU extends ElementwiseActivation {

    private final double alpha;

    /** @param alpha α &gt; 0, the value −α the output tends to for very negative inputs; usually 1 */
    public ELU(String name, int size, double alpha) {
        super(name, size);
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("The ELU alpha must be a finite number > 0, e.g. 1.0. Received: alpha="
                    + alpha);
        }
        this.alpha = alpha;
    }

    public double alpha() { return alpha; }

    @Override
    protected void apply(double[] z, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = z[i] > 0 ? z[i] : alpha * Math.expm1(z[i]);
        }
    }

    @Override
    protected void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n) {
        for (int i = 0; i < n; i++) {
            dZ[i] = z[i] > 0 ? dY[i] : dY[i] * (y[i] + alpha);
        }
    }

    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        super.addHyperparameters(c);
        c.put("alpha", alpha);
    }
}
