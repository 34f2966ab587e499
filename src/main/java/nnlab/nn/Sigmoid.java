package nnlab.nn;

/**
 * Logistic sigmoid, {@code σ(z) = 1/(1+e^{−z})}, with {@code σ'(z) = σ(z)(1−σ(z)) ≤ 1/4}.
 * That bound is why deep sigmoid nets lose their gradient: each layer multiplies it by at most 1/4.
 * As the last layer of a net trained with binary cross-entropy, the training loop skips this
 * backward and uses the fused gradient {@code (p − y)/m} instead.
 */
public final class Sigmoid extends ElementwiseActivation {

    public Sigmoid(String name, int size) {
        super(name, size);
    }

    @Override
    protected void apply(double[] z, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = 1.0 / (1.0 + Math.exp(-z[i]));
        }
    }

    @Override
    protected void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n) {
        for (int i = 0; i < n; i++) {
            dZ[i] = dY[i] * y[i] * (1.0 - y[i]);
        }
    }
}
