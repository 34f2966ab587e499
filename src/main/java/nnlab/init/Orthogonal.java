package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Orthogonal initialization (Saxe et al., 2014): draw {@code A ~ N(0,1)} of the larger shape,
 * factor {@code A = QR}, keep the orthonormal {@code Q} with the signs of R's diagonal folded in
 * (so the result is uniformly distributed over orthogonal matrices), and scale by the gain.
 * A square W then preserves the norm of every vector it multiplies.
 */
public record Orthogonal(double gain) implements Init {

    public Orthogonal {
        Sampling.requirePositive("gain", gain);
    }

    @Override
    public void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng) {
        Sampling.requireFits(W, fanIn, fanOut);
        int rows = W.numRows;
        int cols = W.numCols;
        boolean tall = rows >= cols;
        // A is tall (p × q, p ≥ q) so that Q has orthonormal columns
        int p = tall ? rows : cols;
        int q = tall ? cols : rows;
        DMatrixRMaj A = new DMatrixRMaj(p, q);
        Sampling.normal(A, 1.0, rng);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(p, q);
        if (!qr.decompose(A)) {
            throw new IllegalStateException("QR decomposition failed for a " + p + "x" + q + " Gaussian matrix.");
        }
        DMatrixRMaj Q = qr.getQ(null, true);
        DMatrixRMaj R = qr.getR(null, true);
        // Q := Q diag(sign(R_jj)) · gain
        for (int j = 0; j < q; j++) {
            double s = R.get(j, j) < 0 ? -gain : gain;
            for (int i = 0; i < p; i++) {
                Q.set(i, j, Q.get(i, j) * s);
            }
        }
        if (tall) {
            W.setTo(Q);
        } else {
            CommonOps_DDRM.transpose(Q, W);
        }
    }

    @Override
    public String toString() { return "Orthogonal(gain=" + gain + ")"; }
}
