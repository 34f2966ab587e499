package nnlab.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Parametric ReLU (He et al., 2015): a leaky ReLU whose negative slope is learned, one
 * {@code α_j} per unit.
 *
 * <pre>
 * forward:  y_ij = z_ij            if z_ij &gt; 0
 *           y_ij = α_j · z_ij      otherwise
 * backward: ∂L/∂z_ij = ∂L/∂y_ij · (z_ij &gt; 0 ? 1 : α_j)
 *           ∂L/∂α_j  = Σ_i ∂L/∂y_ij · min(z_ij, 0)
 * </pre>
 */
public final class PReLU extends AbstractLayer {

    private final int n;
    private final Parameter alpha;
    private DMatrixRMaj z;
    private final DMatrixRMaj y;
    private final DMatrixRMaj dZ;

    /** @param initialSlope the starting α for every unit, usually 0.25 */
    public PReLU(String name, int size, double initialSlope) {
        super(name, size, size);
        if (!Double.isFinite(initialSlope)) {
            throw new IllegalArgumentException("The initial PReLU slope must be finite, e.g. 0.25. Received: "
                    + initialSlope);
        }
        this.n = size;
        DMatrixRMaj a = new DMatrixRMaj(1, size);
        a.fill(initialSlope);
        this.alpha = new Parameter(name + ".alpha", Parameter.Kind.OTHER, a);
        this.y = new DMatrixRMaj(0, size);
        this.dZ = new DMatrixRMaj(0, size);
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        Shapes.requireInput(this, x);
        z = x;
        y.reshape(x.numRows, n);
        double[] a = alpha.value().data;
        for (int i = 0, idx = 0; i < x.numRows; i++) {
            for (int j = 0; j < n; j++, idx++) {
                double v = x.data[idx];
                y.data[idx] = v > 0 ? v : a[j] * v;
            }
        }
        return y;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj dOut) {
        Shapes.requireGradient(this, y, dOut);
        dZ.reshape(dOut.numRows, n);
        double[] a = alpha.value().data;
        double[] dA = alpha.grad().data;
        Arrays.fill(dA, 0.0);
        for (int i = 0, idx = 0; i < dOut.numRows; i++) {
            for (int j = 0; j < n; j++, idx++) {
                double v = z.data[idx];
                double g = dOut.data[idx];
                if (v > 0) {
                    dZ.data[idx] = g;
                } else {
                    dZ.data[idx] = a[j] * g;
                    dA[j] += g * v;
                }
            }
        }
        return dZ;
    }

    @Override
    public List<Parameter> parameters() { return List.of(alpha); }




    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        c.put("size", n);
    }

}
