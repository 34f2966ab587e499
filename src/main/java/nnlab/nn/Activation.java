package nnlab.nn;

import java.util.function.BiFunction;
import org.ejml.data.DMatrixRMaj;

/**
 * An activation function as a recipe: {@link #create(String, int)} makes a fresh layer of the
 * right width each time it is used, so one {@code Activation} value can be passed to several
 * layers of a net. The factories are the names a student types:
 * {@code .dense(16, Activation.relu())}.
 */
public interface Activation {

    /** The activation's name, e.g. {@code "relu"}; the layers it creates are named after it. */
    String name();

    /**
     * A new activation layer.
     *
     * @param layerName the layer's name inside its net
     * @param size      number of units
     */
    Layer create(String layerName, int size);

    /**
     * f(z) for one number, computed by the activation's own layer: the forward pass of a fresh
     * 1-unit layer on the 1×1 input [z], so the value is the one a net computes (for PReLU, at
     * its starting slope 0.25). For plotting f; {@code Plot.activation(a, -6, 6)} draws f and f′.
     *
     * @throws UnsupportedOperationException for softmax, which maps a row of k numbers to k
     *                                       probabilities and has no one-number form
     */
    default double apply(double z) {
        return create(name(), 1).forward(new DMatrixRMaj(1, 1, true, z), true).get(0, 0);
    }

    /**
     * f′(z) for one number, computed by the activation's own backward pass: a fresh 1-unit layer
     * run forward on [z] and backward on ∂L/∂y = [1], which returns ∂L/∂z = 1 · f′(z). Where f
     * has a kink (ReLU at 0) this is the one-sided value the layer uses in training.
     *
     * @throws UnsupportedOperationException for softmax (see {@link #apply(double)})
     */
    default double derivative(double z) {
        Layer l = create(name(), 1);
        l.forward(new DMatrixRMaj(1, 1, true, z), true);
        return l.backward(new DMatrixRMaj(1, 1, true, 1.0)).get(0, 0);
    }

    /** {@code σ(z) = 1/(1+e^{−z})}. */
    static Activation sigmoid() { return of("sigmoid", Sigmoid::new); }

    /** {@code tanh(z)}. */
    static Activation tanh() { return of("tanh", Tanh::new); }

    /** {@code max(0, z)}. */
    static Activation relu() { return of("relu", ReLU::new); }

    /** Leaky ReLU with slope 0.01 for z &lt; 0. */
    static Activation leakyRelu() { return leakyRelu(0.01); }

    /** Leaky ReLU with slope {@code alpha} for z &lt; 0. */
    static Activation leakyRelu(double alpha) {
        new LeakyReLU("check", 1, alpha);
        return of("leakyrelu", (name, size) -> new LeakyReLU(name, size, alpha));
    }

    /** Parametric ReLU: a learned slope per unit, starting at 0.25. */
    static Activation prelu() { return of("prelu", (name, size) -> new PReLU(name, size, 0.25)); }

    /** ELU with α = 1. */
    static Activation elu() { return elu(1.0); }

    /** ELU with the given α. */
    static Activation elu(double alpha) {
        new ELU("check", 1, alpha);
        return of("elu", (name, size) -> new ELU(name, size, alpha));
    }

    /** Softmax over each row (class probabilities). */
    static Activation softmax() {
        return new Activation() {
            @Override
            public String name() { return "softmax"; }

            @Override
            public Layer create(String layerName, int size) { return new Softmax(layerName, size); }

            @Override
            public double apply(double z) { throw noScalarForm(); }

            @Override
            public double derivative(double z) { throw noScalarForm(); }

            private UnsupportedOperationException noScalarForm() {
                return new UnsupportedOperationException("Softmax has no one-number form: it turns a row of k"
                        + " logits into k probabilities (of one unit it is always 1). Apply a softmax layer to a row,"
                        + " or plot Activation.sigmoid(), its two-class case.");
            }

            @Override
            public String toString() { return "softmax"; }
        };
    }

    /** {@code y = z} (a linear output). */
    static Activation identity() { return of("identity", Identity::new); }

    private static Activation of(String name, BiFunction<String, Integer, Layer> maker) {
        return new Activation() {
            @Override
            public String name() { return name; }

            @Override
            public Layer create(String layerName, int size) { return maker.apply(layerName, size); }

            @Override
            public String toString() { return name; }
        };
    }
}
