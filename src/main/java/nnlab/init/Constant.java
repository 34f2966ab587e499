package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * Every weight equal to {@code value}. Every hidden unit of a layer then computes the same
 * output and receives the same gradient, so they stay identical however long one trains.
 */
public record Constant(double value) implements Init {

    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A constant initial weight must be finite. Received: value=" + value);
        }
    }

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        W.fill(value);
    }

    @Override
    public String toString() { return value == 0.0 ? "Zeros" : "Constant(" + value + ")"; }
}
