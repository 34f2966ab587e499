package nnlab.nn;

import java.util.function.BiFunction;

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
    static Activation softmax() { return of("softmax", Softmax::new); }

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
