package nnlab.nn;

import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Base of the activations that act on each entry alone, {@code y = f(z)} and
 * {@code ∂L/∂z = ∂L/∂y · f'(z)}. It owns the buffers and the shape checks; a subclass writes
 * the two loops (written out, not through a function object, so the JIT can inline them).
 */
public abstract class ElementwiseActivation extends AbstractLayer {

    private final int size;
    /** The last input z, kept for backward. */
    protected DMatrixRMaj z;
    /** The output y = f(z). */
    protected final DMatrixRMaj y;
    private final DMatrixRMaj dZ;

    protected ElementwiseActivation(String name, int size) {
        super(name, size, size);
        this.size = size;
        this.y = new DMatrixRMaj(0, size);
        this.dZ = new DMatrixRMaj(0, size);
    }

    /** {@code y[i] = f(z[i])} for i in [0, n). */
    protected abstract void apply(double[] z, double[] y, int n);

    /** {@code dZ[i] = dY[i] · f'(z[i])}, where {@code y[i] = f(z[i])} is available too. */
    protected abstract void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n);

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        Shapes.requireInput(this, x);
        z = x;
        y.reshape(x.numRows, size);
        // Y = f(Z)
        apply(x.data, y.data, x.getNumElements());
        return y;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj dOut) {
        Shapes.requireGradient(this, y, dOut);
        dZ.reshape(dOut.numRows, size);
        // ∂L/∂Z = ∂L/∂Y ⊙ f'(Z)
        derivative(z.data, y.data, dOut.data, dZ.data, dOut.getNumElements());
        return dZ;
    }




    /** Records the width; subclasses with a hyperparameter add it after calling this. */
    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        c.put("size", size);
    }
}
