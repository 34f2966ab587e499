package nnlab.nn;

import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Softmax over each row: {@code p_j = e^{z_j} / Σ_l e^{z_l}}, a probability distribution over k
 * classes. Computed as {@code e^{z_j − max z}} so that large logits do not overflow (the shift
 * cancels in the ratio).
 *
 * <p>Backward, row by row: the Jacobian is {@code ∂p_j/∂z_l = p_j(δ_jl − p_l)}, so
 * {@code ∂L/∂z_j = p_j (∂L/∂p_j − Σ_l ∂L/∂p_l · p_l)}. As the last layer of a net trained
 * with categorical cross-entropy, the training loop skips this backward and uses the fused
 * gradient {@code (p − y)/m} instead.
 */
public final class Softmax extends AbstractLayer {

    private final int k;
    private final DMatrixRMaj p;
    private final DMatrixRMaj dZ;

    public Softmax(String name, int size) {
        super(name, size, size);
        this.k = size;
        this.p = new DMatrixRMaj(0, size);
        this.dZ = new DMatrixRMaj(0, size);
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        Shapes.requireInput(this, x);
        p.reshape(x.numRows, k);
        double[] z = x.data;
        double[] out = p.data;
        for (int i = 0; i < x.numRows; i++) {
            int base = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, z[base + j]);
            }
            // p_j = e^{z_j − max} / Σ_l e^{z_l − max}
            double sum = 0;
            for (int j = 0; j < k; j++) {
                out[base + j] = Math.exp(z[base + j] - max);
                sum += out[base + j];
            }
            for (int j = 0; j < k; j++) {
                out[base + j] /= sum;
            }
        }
        return p;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj dOut) {
        Shapes.requireGradient(this, p, dOut);
        dZ.reshape(dOut.numRows, k);
        double[] g = dOut.data;
        double[] pd = p.data;
        for (int i = 0; i < dOut.numRows; i++) {
            int base = i * k;
            // s = Σ_l ∂L/∂p_l · p_l
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += g[base + j] * pd[base + j];
            }
            // ∂L/∂z_j = p_j (∂L/∂p_j − s)
            for (int j = 0; j < k; j++) {
                dZ.data[base + j] = pd[base + j] * (g[base + j] - s);
            }
        }
        return dZ;
    }




    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        c.put("size", k);
    }

}
