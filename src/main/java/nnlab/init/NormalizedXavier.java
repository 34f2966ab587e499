package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** The course's normalized Xavier initialization (Glorot uniform): {@code W ~ U[−√6/√(n+m), √6/√(n+m)]}, which gives Var(W) = 2/(n+m). */
public record NormalizedXavier() implements Init {

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.uniform(W, Math.sqrt(6.0) / Math.sqrt(fanIn + fanOut), rng);
    }

    @Override
    public String toString() { return "NormalizedXavier"; }
}
