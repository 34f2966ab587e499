package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** LeCun uniform: {@code W ~ U[−√(3/n), √(3/n)]}, variance 1/n. */
public record LeCunUniform() implements Init {

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.uniform(W, Math.sqrt(3.0 / fanIn), rng);
    }

    @Override
    public String toString() { return "LeCunUniform"; }
}
