package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * The course notes' "Xavier" initialization, scaled by the fan-in only:
 * {@code W ~ U[−1/√n, 1/√n]}, n = fan-in, so Var(W) = 1/(3n).
 *
 * <p>Not what PyTorch's {@code xavier_uniform_} or Keras's {@code GlorotUniform} draw: those are
 * {@link NormalizedXavier}, U[−√6/√(n+m), √6/√(n+m)]. This one's variance is a third of the
 * 1/n that keeps a tanh signal's size from layer to layer, so the signal shrinks with depth.
 */
public record XavierFanIn() implements Init {

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.uniform(W, 1.0 / Math.sqrt(fanIn), rng);
    }

    @Override
    public String toString() { return "XavierFanIn"; }
}
