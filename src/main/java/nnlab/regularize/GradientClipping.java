package nnlab.regularize;

import java.util.List;
import nnlab.nn.Parameter;

/**
 * Gradient clipping, applied after backward and before the optimizer step, to stop one huge
 * gradient from throwing the weights far away (exploding gradients).
 *
 * <ul>
 *   <li><b>By value</b> (the course notes' interval): every entry is clamped into [−c, c],
 *       g := min(max(g, −c), c). The direction of the gradient changes.</li>
 *   <li><b>By global norm</b> (Pascanu, Mikolov &amp; Bengio, "On the difficulty of training
 *       recurrent neural networks", ICML 2013): with ‖g‖ = √(Σ over all parameters of Σg²), if
 *       ‖g‖ &gt; c every gradient is scaled by c/‖g‖. The direction is kept, the length capped
 *       at c. (PyTorch's {@code clip_grad_norm_} scales by c/(‖g‖+10⁻⁶); nnlab uses c/‖g‖ so the
 *       clipped norm is exactly c.)</li>
 * </ul>
 *
 * <p>Clipping acts on every non-frozen parameter, biases included. It records what it did on
 * the last call ({@link #lastNorm()}, {@link #lastClippedFraction()}) and how many calls clipped
 * anything, so a training history or a notebook can show how often it intervened. NaN
 * gradients stay NaN (clipping does not hide a diverged run). Not thread-safe.
 *
 * <p><b>Clipping acts after the L2 gradient is added.</b> It clips the gradient of the whole cost,
 * ∂C/∂w = ∂L/∂w + ∂Ω/∂w: the training loop adds each {@link Regularizer}'s gradient (L2's λw)
 * into {@code Parameter.grad} before it calls the optimizer's step, and the step clips first
 * ({@code AbstractOptimizer.step}). Decoupled weight decay and max-norm come after, and are not
 * clipped. In PyTorch, {@code clip_grad_norm_} runs between {@code backward()} and
 * {@code step()} on ∂L/∂w alone, and an optimizer's {@code weight_decay} adds λw inside
 * {@code step()}, after clipping: with L2 and clipping together, PyTorch clips a different vector
 * (unless the penalty was added to the loss before {@code backward()}).
 */
public final class GradientClipping {

    private enum Mode { VALUE, GLOBAL_NORM }

    private final Mode mode;
    private final double c;
    private double lastNorm;
    private double lastFraction;
    private long calls;
    private long clippedCalls;

    private GradientClipping(Mode mode, double c, String name) {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("The clipping threshold must be a finite number > 0, e.g. 1.0. Received: "
                    + name + "=" + c);
        }
        this.mode = mode;
        this.c = c;
    }

    /** Clamp every gradient entry into [−maxValue, maxValue]. */
    public static GradientClipping byValue(double maxValue) {
        return new GradientClipping(Mode.VALUE, maxValue, "maxValue");
    }

    /** Rescale all gradients together so their global L2 norm is at most {@code maxNorm}. */
    public static GradientClipping byGlobalNorm(double maxNorm) {
        return new GradientClipping(Mode.GLOBAL_NORM, maxNorm, "maxNorm");
    }

    /**
     * Clips the gradients of all non-frozen {@code parameters}.
     *
     * @param parameters gradients Modified
     * @return the fraction of gradient entries clipping changed: by value, the share of entries
     *     outside [−c, c]; by global norm, 1 if the gradients were rescaled (every entry is), else 0
     */
    public double clip(List<Parameter> parameters) {
        Selection.requireParameters(parameters);
        double sq = 0;
        long n = 0;
        long changed = 0;
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            if (p.isFrozen()) {
                continue;
            }
            double[] g = p.grad().data;
            int size = p.size();
            n += size;
            for (int i = 0; i < size; i++) {
                sq += g[i] * g[i];
                if (mode == Mode.VALUE && (g[i] > c || g[i] < -c)) {
                    // g := min(max(g, −c), c)
                    g[i] = g[i] > c ? c : -c;
                    changed++;
                }
            }
        }
        lastNorm = Math.sqrt(sq);
        if (mode == Mode.GLOBAL_NORM) {
            changed = lastNorm > c ? n : 0;
            if (changed > 0) {
                scaleAll(parameters, c / lastNorm);
            }
        }
        lastFraction = n == 0 ? 0 : (double) changed / n;
        calls++;
        if (changed > 0) {
            clippedCalls++;
        }
        return lastFraction;
    }

    private static void scaleAll(List<Parameter> parameters, double scale) {
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            if (p.isFrozen()) {
                continue;
            }
            double[] g = p.grad().data;
            int size = p.size();
            // g := g · c / ‖g‖
            for (int i = 0; i < size; i++) {
                g[i] *= scale;
            }
        }
    }

    /** The threshold c. */
    public double threshold() {
        return c;
    }

    /** True for clipping by global norm, false for clipping by value. */
    public boolean byNorm() {
        return mode == Mode.GLOBAL_NORM;
    }

    /** The global gradient norm seen by the last call, before clipping. */
    public double lastNorm() {
        return lastNorm;
    }

    /** The value {@link #clip(List)} returned last time. */
    public double lastClippedFraction() {
        return lastFraction;
    }

    /** How many times {@link #clip(List)} was called since the last {@link #resetStatistics()}. */
    public long calls() {
        return calls;
    }

    /** How many of those calls changed at least one entry. */
    public long clippedCalls() {
        return clippedCalls;
    }

    /** Forgets the recorded statistics (the optimizer does this at the start of a run). */
    public void resetStatistics() {
        lastNorm = 0;
        lastFraction = 0;
        calls = 0;
        clippedCalls = 0;
    }

    @Override
    public String toString() {
        return mode == Mode.VALUE ? "GradientClipping.byValue(maxValue=" + c + ")"
                : "GradientClipping.byGlobalNorm(maxNorm=" + c + ")";
    }
}
