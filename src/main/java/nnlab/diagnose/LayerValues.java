package nnlab.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * The individual numbers inside each dense layer of a net, for histograms
 * ({@code Plot.histograms(net, data, LayerValues.ACTIVATIONS)}):
 * <pre>
 * WEIGHTS      every entry of W⁽ℓ⁾ (biases left out)
 * ACTIVATIONS  every a⁽ℓ⁾ = g(z⁽ℓ⁾) of the layer right after the dense layer, per example and unit
 *              (the dense layer's own output z⁽ℓ⁾ when no activation follows it)
 * GRADIENTS    every entry of ∂L/∂W⁽ℓ⁾ for one batch made of the examples
 * </pre>
 * Activations and gradients use at most the first {@value #MAX_EXAMPLES} examples of the data:
 * enough for the shape of a histogram, and cheap on a 60,000-row set.
 *
 * <p>GRADIENTS runs one training-mode forward and backward pass with the net's default loss
 * (binary cross-entropy after a sigmoid, categorical after a softmax, MSE otherwise), exactly as
 * a training step computes them, without changing the weights. Like a training step, it
 * overwrites the parameters' stored gradients and, in a net with batch normalization, moves the
 * running averages one step.
 */
public enum LayerValues {
    WEIGHTS("weight w"),
    ACTIVATIONS("activation a"),
    GRADIENTS("gradient ∂L/∂w");

    /** Examples used for activations and gradients. */
    public static final int MAX_EXAMPLES = 1000;

    private final String label;

    LayerValues(String label) {
        this.label = label;
    }

    /** A short name for an axis, e.g. "activation a". */
    public String label() {
        return label;
    }

    /**
     * The values of each dense layer, input side first.
     *
     * @param data the examples for activations and gradients (not read for weights; may be null then)
     * @return dense layer name → its values; a new map the caller owns
     * @throws IllegalArgumentException if the net has no dense layer, or data is missing or does not fit the net
     */
    public Map<String, double[]> of(Net net, Dataset data) {
        Require.net(net);
        List<Integer> dense = new ArrayList<>();
        for (int i = 0; i < net.layers().size(); i++) {
            if (net.layer(i) instanceof Dense) {
                dense.add(i);
            }
        }
        if (dense.isEmpty()) {
            throw new IllegalArgumentException("LayerValues reads dense layers; this net has none: " + net.layers());
        }
        if (this != WEIGHTS) {
            Require.fits(name(), net, data);
        }
        Dataset batch = this == WEIGHTS ? null : head(data);
        if (this == ACTIVATIONS) {
            net.forward(batch.xView(), false);
        } else if (this == GRADIENTS) {
            net.computeGradients(batch.xView(), batch.yView(), net.defaultLoss(), null);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i : dense) {
            Dense d = (Dense) net.layer(i);
            double[] v = switch (this) {
                case WEIGHTS -> d.weights().value().data;
                case GRADIENTS -> d.weights().grad().data;
                case ACTIVATIONS -> activation(net, i).data;
            };
            int n = this == ACTIVATIONS ? activation(net, i).getNumElements() : d.weights().size();
            out.put(d.name(), java.util.Arrays.copyOf(v, n));
        }
        return out;
    }

    /** The output of the layer after dense layer i when it is not another dense layer, else of layer i. */
    private static DMatrixRMaj activation(Net net, int i) {
        List<Layer> layers = net.layers();
        int a = i + 1 < layers.size() && !(layers.get(i + 1) instanceof Dense) ? i + 1 : i;
        return net.lastOutput(a);
    }

    private static Dataset head(Dataset data) {
        if (data.size() <= MAX_EXAMPLES) {
            return data;
        }
        int[] first = new int[MAX_EXAMPLES];
        for (int i = 0; i < first.length; i++) {
            first[i] = i;
        }
        return data.rows(first);
    }
}
