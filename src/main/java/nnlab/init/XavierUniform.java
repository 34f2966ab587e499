package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** The course's Xavier initialization: {@code W ~ U[−1/√n, 1/√n]}, n = fan-in. */
public record XavierUniform() implements Init {

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.uniform(W, 1.0 / Math.sqrt(fanIn), rng);
    }

    @Override
    public String toString() { return "XavierUniform"; }
}
