package nnlab.diagnose;

import nnlab.data.Dataset;
import nnlab.train.Net;

/** The argument checks the diagnostics share; messages name what is wrong, the value and an example. */
final class Require {

    private Require() {}

    /** Throws unless there is a net to diagnose. */
    static Net net(Net net) {
        if (net == null) {
            throw new IllegalArgumentException("Give the net to diagnose, e.g. Net.input(2).dense(8, Activation.relu())"
                    + ".dense(1).build(). Received: net=null");
        }
        return net;
    }

    /** Throws unless {@code data} has examples with as many features as {@code net} takes inputs. */
    static Dataset fits(String who, Net net, Dataset data) {
        net(net);
        if (data == null || data.size() == 0) {
            throw new IllegalArgumentException(who + " needs examples to run through the net; pass a data set"
                    + " (e.g. the training set). Received: data=" + (data == null ? "null" : "an empty one"));
        }
        if (data.features() != net.inputSize()) {
            throw new IllegalArgumentException(who + " needs data of the net's width: the net takes " + net.inputSize()
                    + " inputs; pass the data set it was built for. Received: data with " + data.features()
                    + " features");
        }
        return data;
    }
}
