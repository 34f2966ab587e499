package nnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * A trainable tensor of a layer: its value {@code W} and the gradient {@code ∂C/∂W} that
 * backward leaves in it. Both matrices have the same shape and are owned by the parameter
 * (optimizers update {@link #value()} in place; layers overwrite {@link #grad()} on each
 * backward pass).
 *
 * <p><b>Live on purpose.</b> {@link #value()} and {@link #grad()} return the parameter's own
 * matrices, not copies: optimizers, regularizers and loading write into them, and a student may
 * set a weight by hand ({@code p.value().set(0, 0, 1.0)}) and see the net change. Copy them
 * ({@code p.value().copy()}) to keep a snapshot.
 *
 * <p>A frozen parameter keeps its gradient computed (so diagnostics still see it) but
 * optimizers and regularizers skip it.
 */
public final class Parameter {

    /** What a parameter is for; regularizers act on {@link #WEIGHT}s only unless asked otherwise. */
    public enum Kind { WEIGHT, BIAS, OTHER }

    private final String name;
    private final Kind kind;
    private final DMatrixRMaj value;
    private final DMatrixRMaj grad;
    private boolean frozen;

    /**
     * @param name  a readable name such as {@code "dense1.W"}; shown in tables and errors
     * @param kind  weight, bias or other (scale, shift, slope)
     * @param value the initial value; Not copied (the parameter owns it from now on)
     */
    public Parameter(String name, Kind kind, DMatrixRMaj value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A parameter needs a name. Received: name=" + name);
        }
        if (kind == null || value == null) {
            throw new IllegalArgumentException("Parameter " + name + " needs a kind (e.g. Parameter.Kind.WEIGHT) and a value"
                    + " matrix. Received: " + (kind == null ? "kind=null" : "value=null"));
        }
        this.name = name;
        this.kind = kind;
        this.value = value;
        this.grad = new DMatrixRMaj(value.numRows, value.numCols);
    }

    public String name() { return name; }

    public Kind kind() { return kind; }

    /** The current value, live (not a copy); Modified in place by optimizers. */
    public DMatrixRMaj value() { return value; }

    /** ∂C/∂value from the last backward pass, live (not a copy), same shape as {@link #value()}. */
    public DMatrixRMaj grad() { return grad; }

    public boolean isFrozen() { return frozen; }

    public void setFrozen(boolean frozen) { this.frozen = frozen; }

    /** Number of scalars in this parameter. */
    public int size() { return value.getNumElements(); }

    @Override
    public String toString() {
        return name + " " + value.numRows + "x" + value.numCols + (frozen ? " (frozen)" : "");
    }
}
