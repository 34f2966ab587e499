package nnlab.pretrain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * A stack of RBMs trained greedily, layer by layer (Hinton, Osindero &amp; Teh, 2006): RBM 0
 * learns from the data, RBM k from the hidden probabilities p(h = 1 | v) that RBM k − 1 gives
 * for the data. Copied into the first dense layers of a deep sigmoid net, the stack is that net's
 * starting point for supervised training.
 *
 * <pre>{@code
 *   var unit = Normalizer.fit(unlabelled).apply(unlabelled);          // RBM inputs lie in [0, 1]
 *   var rbms = Rbm.stack(24, 12, 6).epochs(20).batchSize(32).learningRate(0.05).seed(1).train(unit);
 *   rbms.copyInto(Net.input(40).dense(24, Activation.sigmoid()).dense(12, Activation.sigmoid())
 *       .dense(6, Activation.sigmoid()).dense(1, Activation.sigmoid()).seed(10).build());
 * }</pre>
 *
 * Built by {@link Rbm#stack(int...)}; RBM k gets the k-th number drawn from
 * {@code new Random(seed)} as its own seed.
 */
public final class RbmStack {

    private final List<Rbm> rbms;

    private RbmStack(List<Rbm> rbms) {
        this.rbms = List.copyOf(rbms);
    }

    static RbmStack train(Rbm.Settings<?> settings, DMatrixRMaj x, int[] widths) {
        Random seeds = new Random(settings.seed());
        List<Rbm> out = new ArrayList<>();
        DMatrixRMaj v = x;
        for (int w : widths) {
            Rbm rbm = settings.trainOne(v, w, seeds.nextLong());
            out.add(rbm);
            v = rbm.hiddenProbabilities(v);   // the next RBM learns from these
        }
        return new RbmStack(out);
    }

    /** The RBMs, from the input up. */
    public List<Rbm> rbms() { return rbms; }

    /** RBM {@code k} (0 = the one on the input). */
    public Rbm get(int k) {
        if (k < 0 || k >= rbms.size()) {
            throw new IllegalArgumentException("The stack has " + rbms.size() + " RBMs (0 to " + (rbms.size() - 1)
                    + "). Received: k=" + k);
        }
        return rbms.get(k);
    }

    /** Number of RBMs. */
    public int size() { return rbms.size(); }

    /** The top RBM's hidden probabilities for the rows of x, passed up through every RBM. x: Not modified. */
    public DMatrixRMaj codes(DMatrixRMaj x) {
        DMatrixRMaj v = x;
        for (Rbm r : rbms) {
            v = r.hiddenProbabilities(v);
        }
        return v;
    }

    /** Entry k: RBM k's reconstruction error in its last epoch. */
    public double[] lastReconstructionErrors() {
        return rbms.stream().mapToDouble(r -> {
            double[] e = r.reconstructionErrors();
            return e[e.length - 1];
        }).toArray();
    }

    /** Copies RBM k into dense layer k of {@code net}, for every k (see {@link Rbm#copyInto}). Returns net. */
    public Net copyInto(Net net) {
        Require.given("net", net, "a net with one sigmoid dense layer per RBM, then its output layer");
        if (net.denseLayers().size() < rbms.size()) {
            throw new IllegalArgumentException("The net has " + net.denseLayers().size() + " dense layers but the stack has "
                    + rbms.size() + " RBMs; give the net one dense layer per RBM, then its output layer.");
        }
        for (int k = 0; k < rbms.size(); k++) {
            // all shapes checked before anything is written
            rbms.get(k).requireFits(net, k);
        }
        for (int k = 0; k < rbms.size(); k++) {
            rbms.get(k).copyInto(net, k);
        }
        return net;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RBM stack");
        for (Rbm r : rbms) {
            double[] e = r.reconstructionErrors();
            sb.append(String.format("%n  %d → %d: reconstruction error %.4f after the first epoch, %.4f after the last",
                    r.visible(), r.hidden(), e[0], e[e.length - 1]));
        }
        return sb.toString();
    }
}
