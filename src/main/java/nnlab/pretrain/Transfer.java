package nnlab.pretrain;

import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * Transfer learning: the lower layers of a net trained on one task (the source, with plenty of
 * labels) start a net for another task (the target, with few). The lower layers have learned
 * features of the input; the target net keeps them and learns only, or mostly, its new top.
 *
 * <pre>{@code
 *   Net target = Net.input(40).dense(32, Activation.relu()).dense(16, Activation.relu())   // same lower layers
 *                   .dense(1, Activation.sigmoid()).seed(2).build();                       // a new head
 *   Transfer.copyLayers(source, target, 4);   // dense1, relu1, dense2, relu2 now hold source's weights
 *   Transfer.freeze(target, 4);               // feature extraction: train the head only
 *   // ... train; then Transfer.unfreeze(target) and train on with a small learning rate: fine-tuning
 * }</pre>
 *
 * Copies are copies: training the target never changes the source.
 */
public final class Transfer {

    private Transfer() {}

    /**
     * Copies the parameter values and the non-trained state (batch-norm running statistics) of the
     * first {@code layers} layers of {@code source} into the first {@code layers} layers of
     * {@code target}, which must be of the same kinds and shapes.
     *
     * @return target
     * @throws IllegalArgumentException naming the first layer that does not match
     */
    public static Net copyLayers(Net source, Net target, int layers) {
        return copyLayers(source, 0, target, 0, layers);
    }

    /**
     * Copies {@code count} consecutive layers of {@code source}, starting at index
     * {@code sourceFrom}, into {@code target} starting at index {@code targetFrom} (indices count
     * every layer from 0, activations included, as {@link Net#layers()} lists them). Used to stack
     * pretrained pieces, e.g. the encoder of a second autoencoder into layers 2 and 3 of a deep net.
     *
     * @return target
     */
    public static Net copyLayers(Net source, int sourceFrom, Net target, int targetFrom, int count) {
        checkRange(source, sourceFrom, count);
        checkRange(target, targetFrom, count);
        List<DMatrixRMaj[]> pairs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int i = targetFrom + k;
            Layer from = source.layer(sourceFrom + k);
            Layer to = target.layer(i);
            List<Parameter> pf = from.parameters();
            List<Parameter> pt = to.parameters();
            List<DMatrixRMaj> sf = from.state();
            List<DMatrixRMaj> st = to.state();
            if (from.getClass() != to.getClass() || pf.size() != pt.size() || sf.size() != st.size()
                    || from.inputSize() != to.inputSize() || from.outputSize() != to.outputSize()) {
                throw new IllegalArgumentException("The layers to copy differ: the source has " + describe(from)
                        + " where the target has " + describe(to) + ". Build the target's copied layers exactly like the"
                        + " source's.");
            }
            for (int j = 0; j < pf.size(); j++) {
                pairs.add(new DMatrixRMaj[] {pf.get(j).value(), pt.get(j).value()});
            }
            for (int j = 0; j < sf.size(); j++) {
                pairs.add(new DMatrixRMaj[] {sf.get(j), st.get(j)});
            }
        }
        // all checked before anything is written, so a mismatch leaves the target untouched
        for (DMatrixRMaj[] p : pairs) {
            p[1].setTo(p[0]);
        }
        return target;
    }

    /** Freezes the first {@code layers} layers: the optimizer leaves their parameters alone. Returns net. */
    public static Net freeze(Net net, int layers) {
        checkCount(net, layers);
        for (int i = 0; i < layers; i++) {
            net.layer(i).freeze();
        }
        return net;
    }

    /** Makes every layer trainable again (for fine-tuning after training the head). Returns net. */
    public static Net unfreeze(Net net) {
        net.layers().forEach(Layer::unfreeze);
        return net;
    }

    private static void checkRange(Net net, int from, int count) {
        if (from < 0 || count < 1 || from + count > net.layers().size()) {
            throw new IllegalArgumentException("Layers " + from + " to " + (from + count - 1) + " do not exist: the net has "
                    + net.layers().size() + " layers, numbered from 0.");
        }
    }

    private static void checkCount(Net net, int layers) {
        if (layers < 1 || layers > net.layers().size()) {
            throw new IllegalArgumentException("layers must be between 1 and the net's " + net.layers().size()
                    + " layers. Received: layers=" + layers);
        }
    }

    private static String describe(Layer l) {
        return l.name() + " (" + l.getClass().getSimpleName() + ", " + l.inputSize() + " → " + l.outputSize() + ")";
    }
}
