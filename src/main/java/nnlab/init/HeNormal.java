package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** He normal: {@code W ~ N(0, 2/n)}; the factor 2 makes up for ReLU zeroing half of its inputs. */
public record HeNormal() implements Init {

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.normal(W, Math.sqrt(2.0 / fanIn), rng);
    }

    @Override
    public String toString() { return "HeNormal"; }
}
