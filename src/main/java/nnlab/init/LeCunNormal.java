package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** LeCun normal: {@code W ~ N(0, 1/n)}. */
public record LeCunNormal() implements Init {

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.normal(W, Math.sqrt(1.0 / fanIn), rng);
    }

    @Override
    public String toString() { return "LeCunNormal"; }
}
