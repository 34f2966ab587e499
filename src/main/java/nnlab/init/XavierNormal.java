package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Xavier (Glorot) normal: {@code W ~ N(0, 2/(n+m))}. */
public record XavierNormal() implements Init {

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.normal(W, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
    }

    @Override
    public String toString() { return "XavierNormal"; }
}
