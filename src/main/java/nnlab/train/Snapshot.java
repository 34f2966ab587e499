package nnlab.train;

import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;

/**
 * A copy of everything that makes a net predict what it predicts: every parameter's values and
 * every layer's non-trained state (batch-norm running statistics). Restoring copies the saved
 * doubles back bit for bit. The buffers are allocated once; {@link #capture()} reuses them.
 */
final class Snapshot {

    private final List<DMatrixRMaj> live = new ArrayList<>();
    private final List<double[]> saved = new ArrayList<>();
    private boolean taken;

    Snapshot(Net net) {
        for (Parameter p : net.parameters()) {
            live.add(p.value());
        }
        for (Layer l : net.layers()) {
            live.addAll(l.state());
        }
        for (DMatrixRMaj m : live) {
            saved.add(new double[m.getNumElements()]);
        }
    }

    void capture() {
        for (int i = 0; i < live.size(); i++) {
            DMatrixRMaj m = live.get(i);
            System.arraycopy(m.data, 0, saved.get(i), 0, m.getNumElements());
        }
        taken = true;
    }

    boolean isTaken() {
        return taken;
    }

    void restore() {
        if (!taken) {
            throw new IllegalStateException("Nothing to restore: no epoch has been recorded yet.");
        }
        for (int i = 0; i < live.size(); i++) {
            DMatrixRMaj m = live.get(i);
            System.arraycopy(saved.get(i), 0, m.data, 0, m.getNumElements());
        }
    }
}
