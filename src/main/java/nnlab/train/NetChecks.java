package nnlab.train;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nnlab.data.Dataset;
import nnlab.loss.Loss;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.Residual;
import org.ejml.data.DMatrixRMaj;

/**
 * The argument checks of {@link Net}'s public methods, each run once at the boundary (never per
 * layer or per entry), and the guard that stops two threads from using one net at once.
 */
final class NetChecks {

    private NetChecks() {}

    /**
     * The layers of {@link Net#of}: a non-empty list without nulls, no layer object twice (also
     * not inside a residual block, where the second use would overwrite the first one's saved
     * input and gradients), unique names, and sizes that chain.
     */
    static void layers(List<Layer> layers) {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("A net needs at least one layer, e.g. List.of(new Dense(\"dense1\", 2, 1))."
                    + " Received: layers=" + layers);
        }
        Map<Layer, String> seen = new IdentityHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            visit(layers.get(i), "position " + i, seen, names);
        }
        for (int i = 1; i < layers.size(); i++) {
            Layer a = layers.get(i - 1);
            Layer b = layers.get(i);
            if (a.outputSize() != b.inputSize()) {
                throw new IllegalArgumentException("Layer " + a.name() + " (position " + (i - 1) + ") outputs " + a.outputSize()
                        + " columns but " + b.name() + " (position " + i + ") expects " + b.inputSize()
                        + ". Make consecutive sizes equal. Received: " + sizes(layers));
            }
        }
    }

    private static void visit(Layer layer, String where, Map<Layer, String> seen, Map<String, String> names) {
        if (layer == null) {
            throw new IllegalArgumentException("A net's layers cannot be null. Received: null at " + where);
        }
        String before = seen.put(layer, where);
        if (before != null) {
            throw new IllegalArgumentException("The same layer object " + layer.name() + " is at " + before + " and at "
                    + where + "; one object would hold both places' inputs and gradients, so they would be wrong."
                    + " Use a new layer for each place, e.g. new Dense(...) twice. Received: layer " + layer.name());
        }
        String other = names.put(layer.name(), where);
        if (other != null) {
            throw new IllegalArgumentException("Two layers are named '" + layer.name() + "' (at " + other + " and " + where
                    + "); net.layer(name) needs unique names. Rename one, e.g. \"" + layer.name() + "b\".");
        }
        if (layer instanceof Residual r) {
            List<Layer> inner = r.layers();
            for (int k = 0; k < inner.size(); k++) {
                visit(inner.get(k), where + " (inside " + r.name() + ", position " + k + ")", seen, names);
            }
        }
    }

    private static String sizes(List<Layer> layers) {
        return layers.stream().map(l -> l.name() + " " + l.inputSize() + "→" + l.outputSize())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code i} as an index into {@code layers}, e.g. the net's layers or its dense layers ({@code what}). */
    static void index(int i, List<? extends Layer> layers, String what, String call) {
        if (i < 0 || i >= layers.size()) {
            throw new IllegalArgumentException("This net has " + layers.size() + " " + what + " (0 to " + (layers.size() - 1)
                    + "): " + names(layers) + ". Received: " + call + "(" + i + ")");
        }
    }

    /** {@code layer} as a dense layer, for {@link Net#dense(String)}. */
    static Dense dense(Layer layer, List<Dense> dense) {
        if (layer instanceof Dense d) {
            return d;
        }
        throw new IllegalArgumentException("Layer '" + layer.name() + "' is not a dense layer. Dense layers: "
                + names(dense));
    }

    /** A matrix argument of a net method: present and of the net's input width. */
    static void input(DMatrixRMaj x, int inputSize, String call) {
        if (x == null) {
            throw new IllegalArgumentException(call + " needs an input matrix (one example per row, " + inputSize
                    + " columns). Received: x=null");
        }
        if (x.numCols != inputSize) {
            throw new IllegalArgumentException("This net takes " + inputSize + " input columns but " + call
                    + " received a " + x.numRows + "x" + x.numCols + " matrix. Check the data's number of features.");
        }
    }

    /** A data set argument: present. */
    static Dataset data(Dataset data, String call) {
        if (data == null) {
            throw new IllegalArgumentException(call + " needs a dataset, e.g. net." + call + "(test). Received: data=null");
        }
        return data;
    }

    /** Inputs and targets of {@link Net#meanLoss}: at least one row, as many target rows as input rows. */
    static void lossData(DMatrixRMaj x, DMatrixRMaj y, Loss loss, int inputSize) {
        input(x, inputSize, "meanLoss");
        if (loss == null) {
            throw new IllegalArgumentException("meanLoss needs a loss, e.g. Loss.mse() or net.defaultLoss(). Received: loss=null");
        }
        if (y == null) {
            throw new IllegalArgumentException("meanLoss needs targets y (one row per example). Received: y=null");
        }
        if (x.numRows == 0) {
            throw new IllegalArgumentException("The mean loss of no examples is undefined (0/0); give at least one row."
                    + " Received: x 0x" + x.numCols);
        }
        if (y.numRows != x.numRows) {
            throw new IllegalArgumentException("meanLoss needs one target row per example: x has " + x.numRows
                    + " rows but y has " + y.numRows + ". Received: y " + y.numRows + "x" + y.numCols);
        }
    }

    /** Rows given as arrays, for {@link Net#predict(double[][])}: not null, not ragged. */
    static DMatrixRMaj rows(double[][] rows, int inputSize) {
        if (rows == null) {
            throw new IllegalArgumentException("predict needs rows of " + inputSize + " values each. Received: x=null");
        }
        DMatrixRMaj m = new DMatrixRMaj(rows.length, inputSize);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != inputSize) {
                throw new IllegalArgumentException("Every row must have " + inputSize + " values, one per input of the net."
                        + " Received: row " + i + (rows[i] == null ? " = null" : " has " + rows[i].length));
            }
            System.arraycopy(rows[i], 0, m.data, i * inputSize, inputSize);
        }
        return m;
    }

    /**
     * The names of all layers, for messages.
     */
    static List<String> names(List<? extends Layer> layers) {
        List<String> names = new ArrayList<>(layers.size());
        layers.forEach(l -> names.add(l.name()));
        return names;
    }

    /**
     * Lets one thread at a time into a net's computing methods: the layers keep their inputs,
     * outputs and gradients in buffers they reuse, so two threads at once would overwrite each
     * other's numbers. Entry is a compare-and-set on the owner (no allocation); a nested call from
     * the owning thread (predict calling forward) passes.
     */
    static final class Guard {

        private final AtomicReference<Thread> owner = new AtomicReference<>();

        /**
         * Takes the net for this thread; true when this call took it (and must {@link #exit}).
         *
         * @throws IllegalStateException when another thread is inside the net
         */
        boolean enter(Net net, String call) {
            Thread me = Thread.currentThread();
            if (owner.get() == me) {
                return false;
            }
            if (owner.compareAndSet(null, me)) {
                return true;
            }
            Thread other = owner.get();
            throw new IllegalStateException("This net (" + describe(net) + ") is in use by thread '"
                    + (other == null ? "another thread" : other.getName()) + "' right now; a net reuses its buffers, so two"
                    + " threads at once would get wrong numbers. Give each thread its own net, e.g. Net mine = net.copy()."
                    + " Received: " + call + " from thread '" + me.getName() + "'");
        }

        void exit(boolean took) {
            if (took) {
                owner.set(null);
            }
        }

        private static String describe(Net net) {
            StringBuilder sb = new StringBuilder().append(net.inputSize());
            for (Layer l : net.layers()) {
                sb.append(" → ").append(l.name());
            }
            return sb.toString();
        }
    }
}
