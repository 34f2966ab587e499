package nnlab.optim;

import java.util.List;
import nnlab.nn.Parameter;

/**
 * Moves parameters against their gradients. The training loop calls {@link #reset()} once at
 * the start of every run (so each run starts from fresh optimizer state), then
 * {@link #step(List)} after every batch's backward pass.
 *
 * <p>Convention: optimizers subtract, {@code w := w − η·(update)}. Frozen parameters are skipped.
 *
 * <p>The static factories below are the way in from a notebook; each returns the concrete class,
 * whose chained setters tune the rest:
 * <pre>{@code
 *   Optimizer.sgd(0.1)
 *   Optimizer.momentum(0.1, 0.9)                  // course form: v = βv + (1−β)g
 *   Optimizer.classicalMomentum(0.01, 0.9)        // PyTorch form: v = μv + g
 *   Optimizer.nesterov(0.01, 0.9)
 *   Optimizer.adagrad(0.01)
 *   Optimizer.rmsprop(0.001).rho(0.9)
 *   Optimizer.adadelta()                          // no learning rate
 *   Optimizer.adam(0.001).amsgrad(true)
 *   Optimizer.adam(0.001).biasCorrection(false)   // to see what bias correction does
 *   Optimizer.adamW(0.001, 0.01)
 *   Optimizer.nadam(0.002)
 *   Optimizer.adam(0.001).clipGradients(GradientClipping.byGlobalNorm(1.0))
 * }</pre>
 * Their defaults, and which library they come from, are in each class's documentation.
 */
public interface Optimizer {

    /** Applies one update to every non-frozen parameter, using the gradient it holds. */
    void step(List<Parameter> parameters);

    /** Forgets all accumulated state (velocities, moment estimates, step count). */
    void reset();

    /** The current learning rate η (schedules change it between epochs or steps). */
    double learningRate();

    /**
     * Sets η; used by learning-rate schedules.
     *
     * @throws IllegalArgumentException if {@code learningRate} is negative, NaN or infinite
     */
    void setLearningRate(double learningRate);

    /**
     * The fraction of gradient entries the last {@link #step(List)} clipped (by value: the share
     * outside [−c, c]; by global norm: 1 if rescaled, else 0), as
     * {@link nnlab.regularize.GradientClipping#lastClippedFraction()} reports it; NaN when this
     * optimizer does not clip.
     */
    default double lastClippedFraction() { return Double.NaN; }

    /**
     * This rule in the course's generic template (first moment m, second moment V, step Δw);
     * see {@link Template}. {@code Template.table(...)} lays several side by side.
     */
    default Template template() {
        return new Template(toString(), "?", "?", "see its documentation");
    }

    /** Plain (stochastic) gradient descent, {@code w := w − η·∂C/∂w}. */
    static SGD sgd(double learningRate) {
        return new SGD(learningRate);
    }

    /** Momentum in the course notes' form: v := βv + (1 − β)g, w := w − ηv. */
    static Momentum momentum(double learningRate, double beta) {
        return new Momentum(learningRate).beta(beta);
    }

    /** Classical (PyTorch) momentum: v := μv + g, w := w − ηv. */
    static ClassicalMomentum classicalMomentum(double learningRate, double momentum) {
        return new ClassicalMomentum(learningRate).momentum(momentum);
    }

    /** Nesterov accelerated gradient: v := μv + g, w := w − η(g + μv). */
    static Nesterov nesterov(double learningRate, double momentum) {
        return new Nesterov(learningRate).momentum(momentum);
    }

    /** Adagrad with ε = 1e-10. */
    static Adagrad adagrad(double learningRate) {
        return new Adagrad(learningRate);
    }

    /** RMSprop with ρ = 0.9, ε = 1e-8. */
    static RMSprop rmsprop(double learningRate) {
        return new RMSprop(learningRate);
    }

    /** Zeiler's Adadelta (no learning rate) with ρ = 0.95, ε = 1e-6. */
    static Adadelta adadelta() {
        return new Adadelta();
    }

    /** Adam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    static Adam adam(double learningRate) {
        return new Adam(learningRate);
    }

    /** AdamW: Adam with decoupled weight decay λ (on weights, not biases). */
    static AdamW adamW(double learningRate, double weightDecay) {
        return new AdamW(learningRate, weightDecay);
    }

    /** Nadam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8, momentum decay 0.004. */
    static Nadam nadam(double learningRate) {
        return new Nadam(learningRate);
    }
}
