package nnlab.train;

import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.optim.Optimizer;
import org.ejml.data.DMatrixRMaj;

/** Test helper: copies every parameter and layer state at the end of every epoch. */
final class WeightRecorder implements Callback {

    private Net net;
    /** byEpoch.get(e − 1) = the concatenated values after epoch e. */
    final List<double[]> byEpoch = new ArrayList<>();

    @Override
    public void onTrainBegin(Net net, Optimizer optimizer) {
        this.net = net;
        byEpoch.clear();
    }

    @Override
    public boolean onEpochEnd(EpochLog log) {
        byEpoch.add(flatten(net));
        return false;
    }

    static double[] flatten(Net net) {
        List<DMatrixRMaj> all = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            all.add(p.value());
        }
        for (Layer l : net.layers()) {
            all.addAll(l.state());
        }
        int n = all.stream().mapToInt(DMatrixRMaj::getNumElements).sum();
        double[] flat = new double[n];
        int at = 0;
        for (DMatrixRMaj m : all) {
            System.arraycopy(m.data, 0, flat, at, m.getNumElements());
            at += m.getNumElements();
        }
        return flat;
    }
}
