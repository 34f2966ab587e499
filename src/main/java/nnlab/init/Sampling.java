package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Fills a matrix from U[−a, a] or N(0, σ²); shared by the initializers. */
final class Sampling {

    private Sampling() {}

    static void uniform(DMatrixRMaj W, double a, Random rng) {
        int n = W.getNumElements();
        for (int i = 0; i < n; i++) {
            // u ~ U[0,1)  →  a(2u − 1) ~ U[−a, a)
            W.data[i] = a * (2.0 * rng.nextDouble() - 1.0);
        }
    }

    static void normal(DMatrixRMaj W, double sigma, Random rng) {
        int n = W.getNumElements();
        for (int i = 0; i < n; i++) {
            W.data[i] = sigma * rng.nextGaussian();
        }
    }

    static void requirePositive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, e.g. 0.05. Received: " + what
                    + "=" + value);
        }
    }
}
