package nnlab.nn;

/**
 * The identity, {@code y = z}, {@code ∂L/∂z = ∂L/∂y}: a linear output for regression.
 */
public final class Identity extends ElementwiseActivation {

    public Identity(String name, int size) {
        super(name, size);
    }

    @Override
    protected void apply(double[] z, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = z[i];
        }
    }

    @Override
    protected void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n) {
        for (int i = 0; i < n; i++) {
            dZ[i] = dY[i];
        }
    }
}
