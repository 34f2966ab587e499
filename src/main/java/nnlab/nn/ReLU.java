package nnlab.nn;

/**
 * Rectified linear unit, {@code ReLU(z) = max(0, z)}, with derivative 1 for z &gt; 0 and 0
 * otherwise (0 at z = 0 by convention). A unit whose input stays negative never learns again
 * (a dead unit).
 */
public final class ReLU extends ElementwiseActivation {

    public ReLU(String name, int size) {
        super(name, size);
    }

    @Override
    protected void apply(double[] z, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            // Math.max rather than z > 0 ? z : 0: the JIT turns it into SIMD code, the branch it does not
            y[i] = Math.max(0.0, z[i]);
        }
    }

    @Override
    protected void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n) {
        for (int i = 0; i < n; i++) {
            dZ[i] = z[i] > 0 ? dY[i] : 0.0;
        }
    }
}
