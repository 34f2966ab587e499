package nnlab.nn;

import java.util.Map;

/**
 * Leaky ReLU: {@code y = z} for z &gt; 0, {@code y = αz} otherwise; the derivative is 1 or α, so a
 * negative unit still passes a small gradient and cannot die.
 */
public final class LeakyReLU extends ElementwiseActivation {

    private final double alpha;

    /** @param alpha the slope α for negative inputs, in [0, 1), typically 0.01 */
    public LeakyReLU(String name, int size, double alpha) {
        super(name, size);
        if (!(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("The leaky ReLU slope must be in [0, 1), e.g. 0.01. Received: alpha="
                    + alpha);
        }
        this.alpha = alpha;
    }

    public double alpha() { return alpha; }

    @Override
    protected void apply(double[] z, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = z[i] > 0 ? z[i] : alpha * z[i];
        }
    }

    @Override
    protected void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n) {
        for (int i = 0; i < n; i++) {
            dZ[i] = z[i] > 0 ? dY[i] : alpha * dY[i];
        }
    }

    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        super.addHyperparameters(c);
        c.put("alpha", alpha);
    }
}
