package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** {@code W ~ U[−a, a]}; the course's backprop example uses a = 0.05. */
public record Uniform(double a) implements Init {

    public Uniform {
        Sampling.requirePositive("a", a);
    }

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        Sampling.uniform(W, a, rng);
    }

    @Override
    public String toString() { return "Uniform(a=" + a + ")"; }
}
