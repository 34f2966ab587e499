package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Fills a matrix from U[−a, a] or N(0, σ²); shared by the initializers. */
final class Sampling {

    private Sampling() {}

    static void uniform(DMatrixRMaj W, double a, Random rng) {
        requireRng(rng);
        int n = W.getNumElements();
        for (int i = 0; i < n; i++) {
            // u ~ U[0,1)  →  a(2u − 1) ~ U[−a, a)
            W.data[i] = a * (2.0 * rng.nextDouble() - 1.0);
        }
    }

    static void normal(DMatrixRMaj W, double sigma, Random rng) {
        requireRng(rng);
        int n = W.getNumElements();
        for (int i = 0; i < n; i++) {
            W.data[i] = sigma * rng.nextGaussian();
        }
    }

    /**
     * Throws unless W is a fanIn × fanOut matrix with fanIn, fanOut ≥ 1: without this check a
     * fan-in of 0 gives infinite weights, and a fan that is not W's a wrongly scaled draw, with no error.
     */
    static void requireFits(DMatrixRMaj W, int fanIn, int fanOut) {
        if (W == null) {
            throw new IllegalArgumentException("Pass the weight matrix to fill, e.g. new DMatrixRMaj(fanIn, fanOut)."
                    + " Received: W=null");
        }
        if (fanIn < 1 || fanOut < 1 || W.numRows != fanIn || W.numCols != fanOut) {
            throw new IllegalArgumentException("W must be fanIn x fanOut with fanIn, fanOut >= 1 (inputs per unit x units),"
                    + " e.g. a 784x128 W with fanIn=784, fanOut=128. Received: W " + W.numRows + "x" + W.numCols
                    + ", fanIn=" + fanIn + ", fanOut=" + fanOut);
        }
    }

    /** Throws unless there is a Random to draw from. */
    private static Random requireRng(Random rng) {
        if (rng == null) {
            throw new IllegalArgumentException("This initializer draws random numbers; pass a seeded Random, e.g."
                    + " new Random(1). Received: rng=null");
        }
        return rng;
    }

    static void requirePositive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, e.g. 0.05. Received: " + what
                    + "=" + value);
        }
    }
}
