package nnlab.pretrain;

import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Dense;
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
 *   Transfer.copyDense(source, target, 2);    // the first 2 dense layers now hold source's weights
 *   Transfer.freezeDense(target, 2);          // feature extraction: train the head only
 *   // ... train; then Transfer.unfreeze(target) and train on with a small learning rate: fine-tuning
 * }</pre>
 *
 * Layers are counted as {@link Net#dense(int)} counts them: dense layers only, from 0. A hidden
 * layer is its dense layer and the layers after it up to the next dense layer (activation,
 * batch norm, dropout); of those, the ones that carry parameters or running statistics
 * (batch norm, PReLU) are copied and frozen with their dense layer. Copies are copies: training
 * the target never changes the source.
 */
public final class Transfer {

    private Transfer() {}

    /**
     * Copies the first {@code count} dense layers of {@code source} (weights, biases, and the
     * state of any batch-norm layer that follows each) into the first {@code count} dense layers
     * of {@code target}, which must have the same shapes.
     *
     * @return target
     * @throws IllegalArgumentException naming both layers and their shapes at the first mismatch;
     *         then nothing is copied
     */
    public static Net copyDense(Net source, Net target, int count) {
        return copyDense(source, 0, target, 0, count);
    }

    /**
     * Copies {@code count} consecutive dense layers of {@code source}, from its dense layer
     * {@code fromDense}, into {@code target} from its dense layer {@code toDense}. Stacks
     * pretrained pieces, e.g. the encoder of a second autoencoder (its dense layer 0) into dense
     * layer 1 of a deep net: {@code copyDense(autoencoder, 0, deep, 1, 1)}.
     *
     * @return target
     */
    public static Net copyDense(Net source, int fromDense, Net target, int toDense, int count) {
        // all checked before anything is written, so a mismatch leaves the target untouched
        write(pairs(source, fromDense, target, toDense, count));
        return target;
    }

    static void write(List<DMatrixRMaj[]> pairs) {
        for (DMatrixRMaj[] p : pairs) {
            p[1].setTo(p[0]);
        }
    }

    /** (source matrix, target matrix) for every value to copy; throws at the first mismatch. */
    static List<DMatrixRMaj[]> pairs(Net source, int fromDense, Net target, int toDense, int count) {
        checkRange("source", source, fromDense, count);
        checkRange("target", target, toDense, count);
        List<DMatrixRMaj[]> pairs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<Layer> from = block(source, fromDense + k);
            List<Layer> to = block(target, toDense + k);
            if (from.size() != to.size()) {
                throw new IllegalArgumentException("The layers to copy differ: after " + describe(from.get(0))
                        + " the source has " + names(from) + " where the target has " + names(to)
                        + " after " + describe(to.get(0)) + ". Build the target's copied layers like the source's.");
            }
            for (int j = 0; j < from.size(); j++) {
                pair(from.get(j), to.get(j), pairs);
            }
        }
        return pairs;
    }

    /**
     * Freezes the first {@code count} dense layers (and any batch norm or PReLU after each): the
     * optimizer leaves their parameters alone. Returns net.
     */
    public static Net freezeDense(Net net, int count) {
        checkRange("net", net, 0, count);
        for (int k = 0; k < count; k++) {
            block(net, k).forEach(Layer::freeze);
        }
        return net;
    }

    /**
     * The number of scalars training can change: those of every parameter that is not frozen
     * ({@link Net#parameterCount()} counts them all). After {@code freezeDense(net, k)} it is the
     * count of the layers above the first k.
     */
    public static int trainableCount(Net net) {
        Require.given("net", net, "the net whose trainable parameters to count");
        return net.layers().stream().flatMap(l -> l.parameters().stream()).filter(p -> !p.isFrozen())
                .mapToInt(Parameter::size).sum();
    }

    /** Makes every layer trainable again (for fine-tuning after training the head). Returns net. */
    public static Net unfreeze(Net net) {
        Require.given("net", net, "the net to fine-tune");
        net.layers().forEach(Layer::unfreeze);
        return net;
    }

    /** Dense layer {@code i} and the layers with parameters or state after it, up to the next dense layer. */
    static List<Layer> block(Net net, int i) {
        Dense d = net.dense(i);
        List<Layer> out = new ArrayList<>();
        out.add(d);
        List<Layer> layers = net.layers();
        for (int j = layers.indexOf(d) + 1; j < layers.size() && !(layers.get(j) instanceof Dense); j++) {
            Layer l = layers.get(j);
            if (!l.parameters().isEmpty() || !l.state().isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    private static void pair(Layer from, Layer to, List<DMatrixRMaj[]> pairs) {
        List<Parameter> pf = from.parameters();
        List<Parameter> pt = to.parameters();
        List<DMatrixRMaj> sf = from.state();
        List<DMatrixRMaj> st = to.state();
        boolean same = from.getClass() == to.getClass() && pf.size() == pt.size() && sf.size() == st.size()
                && from.inputSize() == to.inputSize() && from.outputSize() == to.outputSize();
        for (int j = 0; same && j < pf.size(); j++) {
            same = sameShape(pf.get(j).value(), pt.get(j).value());
        }
        for (int j = 0; same && j < sf.size(); j++) {
            same = sameShape(sf.get(j), st.get(j));
        }
        if (!same) {
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

    private static boolean sameShape(DMatrixRMaj a, DMatrixRMaj b) {
        return a.numRows == b.numRows && a.numCols == b.numCols;
    }

    private static void checkRange(String which, Net net, int from, int count) {
        Require.given(which, net, "a net built with Net.input(...).dense(...)...build()");
        int dense = net.denseLayers().size();
        if (count < 1 || from < 0 || from + count > dense) {
            throw new IllegalArgumentException("Dense layers " + from + " to " + (from + count - 1) + " do not exist in the "
                    + which + ": it has " + dense + " dense layers, numbered from 0. Received: from=" + from + ", count="
                    + count);
        }
    }

    private static String names(List<Layer> block) {
        return block.subList(1, block.size()).stream().map(Transfer::describe).toList().toString();
    }

    private static String describe(Layer l) {
        return l.name() + " (" + l.getClass().getSimpleName() + ", " + l.inputSize() + " → " + l.outputSize() + ")";
    }
}
