package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** {@code W ~ N(0, σ²)}. */
public record Normal(double stddev) implements Init {

    public Normal {
        Sampling.requirePositive("stddev", stddev);
    }

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.normal(W, stddev, rng);
    }

    @Override
    public String toString() { return "Normal(stddev=" + stddev + ")"; }
}
