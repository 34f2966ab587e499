package nnlab.nn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every layer has besides its maths: a name, an input and an output width, and a
 * {@link #config()} made of its type, its name and its own hyperparameters.
 */
public abstract class AbstractLayer implements Layer {

    private final String name;
    private final int inputSize;
    private final int outputSize;

    protected AbstractLayer(String name, int inputSize, int outputSize) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A layer needs a name, e.g. \"dense1\". Received: name=" + name);
        }
        if (inputSize < 1 || outputSize < 1) {
            throw new IllegalArgumentException("Layer " + name + " needs at least one input and one output column."
                    + " Received: inputs=" + inputSize + ", outputs=" + outputSize);
        }
        this.name = name;
        this.inputSize = inputSize;
        this.outputSize = outputSize;
    }

    /** Adds the layer's own hyperparameters to its config (type and name are already there). */
    protected abstract void addHyperparameters(Map<String, Object> config);

    @Override
    public final String name() { return name; }

    @Override
    public final int inputSize() { return inputSize; }

    @Override
    public final int outputSize() { return outputSize; }

    @Override
    public final Map<String, Object> config() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", getClass().getSimpleName());
        c.put("name", name);
        addHyperparameters(c);
        return c;
    }

    @Override
    public String toString() { return name + " (" + getClass().getSimpleName() + ")"; }
}
