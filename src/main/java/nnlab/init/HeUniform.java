package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** He uniform: {@code W ~ U[−√(6/n), √(6/n)]}, variance 2/n. */
public record HeUniform() implements Init {

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.uniform(W, Math.sqrt(6.0 / fanIn), rng);
    }

    @Override
    public String toString() { return "HeUniform"; }
}
