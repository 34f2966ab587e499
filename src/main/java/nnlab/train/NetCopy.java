package nnlab.train;

import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Layer;
import nnlab.nn.Layers;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;

/** {@link Net#copy()}: fresh layers from each layer's config, then every tensor copied over. */
final class NetCopy {

    private NetCopy() {}

    static Net of(Net net) {
        List<Layer> layers = net.layers();
        List<Layer> fresh = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            fresh.add(Layers.fromConfig(l.config()));
        }
        Net copy = new Net(fresh, net.inputSize(), net.seed(), net.init());
        List<Parameter> from = net.parameters();
        List<Parameter> to = copy.parameters();
        for (int i = 0; i < from.size(); i++) {
            to.get(i).value().setTo(from.get(i).value());
            to.get(i).setFrozen(from.get(i).isFrozen());
        }
        // non-trained state: batch-norm running mean and variance
        for (int i = 0; i < layers.size(); i++) {
            List<DMatrixRMaj> a = layers.get(i).state();
            List<DMatrixRMaj> b = fresh.get(i).state();
            for (int k = 0; k < a.size(); k++) {
                b.get(k).setTo(a.get(k));
            }
        }
        return copy;
    }
}
