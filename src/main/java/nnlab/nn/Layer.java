package nnlab.nn;

import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * One stage of a network: {@code Y = f(X)} on a batch {@code X} (one example per row).
 *
 * <p>The contract every layer keeps:
 * <ul>
 * <li>{@link #forward} returns an output matrix the layer owns and reuses: it stays valid until
 *     the layer's next forward call, and callers must not modify it. The layer may keep a
 *     reference to {@code x} for backward, so callers must not modify {@code x} either.</li>
 * <li>{@link #backward} takes {@code ∂L/∂Y} for the batch of the last forward call, overwrites the
 *     gradient of each of its {@link Parameter}s with {@code ∂L/∂θ}, and returns {@code ∂L/∂X}
 *     (again a buffer the layer owns).</li>
 * <li>Workspaces are allocated when the batch size changes and only reshaped afterwards, so a
 *     training loop at a fixed batch size allocates nothing.</li>
 * <li>A frozen layer still computes its gradients; optimizers skip its parameters.</li>
 * <li>Its {@link #parameters()} and {@link #state()} are the layer's own matrices (live, not
 *     copies): optimizers, loading and {@code Net.copy()} write into them.</li>
 * <li>A layer is not thread-safe (its buffers are shared by every call); one thread uses it at
 *     a time, which {@code Net} enforces for the layers of a net.</li>
 * </ul>
 */
public interface Layer {

    /**
     * @param x        the batch, {@code m × inputSize()}; Not modified.
     * @param training true while training (dropout drops, batch norm uses batch statistics)
     * @return {@code Y}, {@code m × outputSize()}; owned by the layer.
     */
    DMatrixRMaj forward(DMatrixRMaj x, boolean training);

    /**
     * @param dOut {@code ∂L/∂Y}, same shape as the last output; Not modified.
     * @return {@code ∂L/∂X}; owned by the layer.
     */
    DMatrixRMaj backward(DMatrixRMaj dOut);

    /**
     * {@link #backward} for the first layer of a net, whose {@code ∂L/∂X} nobody needs while
     * training: it leaves the same parameter gradients but may skip computing {@code ∂L/∂X}, and
     * then returns null. {@link Dense} skips it (a third of its backward products); the default
     * computes everything.
     *
     * @param dOut {@code ∂L/∂Y}, same shape as the last output; Not modified.
     * @return {@code ∂L/∂X} (owned by the layer), or null when the layer skipped it
     */
    default DMatrixRMaj backwardParametersOnly(DMatrixRMaj dOut) { return backward(dOut); }

    /** A readable unique name inside its net, e.g. {@code "dense1"}. */
    String name();

    /** Columns of the input, d_in. */
    int inputSize();

    /** Columns of the output, d_out. */
    int outputSize();

    /** The trainable parameters, in a fixed order (the order save/load and optimizers see). */
    default List<Parameter> parameters() { return List.of(); }

    /**
     * State that is not trained by gradients but must be saved with the net (batch norm's
     * running statistics), in a fixed order.
     */
    default List<DMatrixRMaj> state() { return List.of(); }

    /** True when forward in training mode draws random numbers (dropout with p &gt; 0). */
    default boolean isRandomInTraining() { return false; }

    /** The layer's kind and hyperparameters, enough for {@link Layers#fromConfig} to rebuild it. */
    Map<String, Object> config();

    /** Stops optimizers from changing this layer's parameters. */
    default void freeze() { parameters().forEach(p -> p.setFrozen(true)); }

    /** Lets optimizers change this layer's parameters again. */
    default void unfreeze() { parameters().forEach(p -> p.setFrozen(false)); }

    /** True when the layer has parameters and all of them are frozen. */
    default boolean isFrozen() {
        List<Parameter> ps = parameters();
        return !ps.isEmpty() && ps.stream().allMatch(Parameter::isFrozen);
    }

    /** Number of scalars in {@link #parameters()}. */
    default int parameterCount() {
        return parameters().stream().mapToInt(Parameter::size).sum();
    }
}
