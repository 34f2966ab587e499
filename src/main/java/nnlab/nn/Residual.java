package nnlab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A residual (skip) block (He et al., 2016) around a stack of layers F:
 *
 * <pre>
 * forward:  Y = X + F(X)
 * backward: ∂L/∂X = ∂L/∂Y + (∂F/∂X)ᵀ ∂L/∂Y      (the second term is F's own backward)
 * </pre>
 * The identity path hands {@code ∂L/∂Y} to the layers below unchanged, so however small F's
 * gradient becomes, the block never shrinks the gradient to nothing. F must map n columns to n.
 */
public final class Residual extends AbstractLayer {

    private final List<Layer> inner;
    private final int n;
    private final DMatrixRMaj y;
    private final DMatrixRMaj dX;

    /** @param inner the stack F, applied in order; its input and output sizes must be equal */
    public Residual(String name, List<Layer> inner) {
        super(name, widthOf(name, inner), widthOf(name, inner));
        this.inner = List.copyOf(inner);
        this.n = inputSize();
        for (int i = 1; i < inner.size(); i++) {
            Layer prev = inner.get(i - 1);
            Layer next = inner.get(i);
            if (prev.outputSize() != next.inputSize()) {
                throw new IllegalArgumentException("Inside residual block " + name + ", " + prev.name() + " outputs "
                        + prev.outputSize() + " columns but " + next.name() + " expects " + next.inputSize() + ".");
            }
        }
        int out = inner.get(inner.size() - 1).outputSize();
        if (out != n) {
            throw new IllegalArgumentException("Residual block " + name + " adds its input (" + n
                    + " columns) to its output (" + out + " columns); they must be equal.");
        }
        this.y = new DMatrixRMaj(0, n);
        this.dX = new DMatrixRMaj(0, n);
    }

    private static int widthOf(String name, List<Layer> inner) {
        if (inner == null || inner.isEmpty()) {
            throw new IllegalArgumentException("Residual block " + name + " needs at least one inner layer, e.g."
                    + " List.of(new Dense(\"dense1\", 4, 4)). Received: inner=" + inner);
        }
        Set<Layer> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < inner.size(); i++) {
            Layer l = inner.get(i);
            if (l == null) {
                throw new IllegalArgumentException("Residual block " + name + " cannot hold a null layer. Received: null at"
                        + " position " + i);
            }
            if (!seen.add(l)) {
                throw new IllegalArgumentException("Residual block " + name + " holds the same layer object " + l.name()
                        + " twice (again at position " + i + "); its saved inputs and gradients would be wrong."
                        + " Use a new layer for each place.");
            }
        }
        return inner.get(0).inputSize();
    }

    /** The inner layers F. */
    public List<Layer> layers() { return inner; }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        Shapes.requireInput(this, x);
        DMatrixRMaj h = x;
        for (int i = 0; i < inner.size(); i++) {
            h = inner.get(i).forward(h, training);
        }
        // Y = X + F(X)
        CommonOps_DDRM.add(x, h, y);
        return y;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj dOut) {
        Shapes.requireGradient(this, y, dOut);
        DMatrixRMaj g = dOut;
        for (int i = inner.size() - 1; i >= 0; i--) {
            g = inner.get(i).backward(g);
        }
        // ∂L/∂X = ∂L/∂Y + F's ∂L/∂X
        CommonOps_DDRM.add(dOut, g, dX);
        return dX;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        inner.forEach(l -> all.addAll(l.parameters()));
        return List.copyOf(all);
    }

    @Override
    public List<DMatrixRMaj> state() {
        List<DMatrixRMaj> all = new ArrayList<>();
        inner.forEach(l -> all.addAll(l.state()));
        return List.copyOf(all);
    }

    @Override
    public boolean isRandomInTraining() {
        return inner.stream().anyMatch(Layer::isRandomInTraining);
    }

    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        c.put("layers", inner.stream().map(Layer::config).toList());
    }

    @Override
    public String toString() { return name() + " (Residual of " + inner.size() + " layers)"; }
}
