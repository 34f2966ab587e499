package nnlab.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nnlab.nn.Parameter;
import nnlab.regularize.GradientClipping;
import nnlab.regularize.MaxNorm;
import nnlab.regularize.WeightDecay;
import org.ejml.data.DMatrixRMaj;

/**
 * What every optimizer shares, so that a subclass writes only its update rule: the learning
 * rate η, per-parameter state (kept by parameter identity, created on first use, dropped by
 * {@link #reset()}), skipping frozen parameters, and three optional hooks run by
 * {@link #step(List)} in this order:
 *
 * <ol>
 *   <li>{@link #clipGradients(GradientClipping)}: clip all gradients (by value or global norm);</li>
 *   <li>for each non-frozen parameter: {@link #weightDecay(double)}, decoupled decay
 *       w := w − ηλw (weights only), then the subclass's {@link #update} with the (clipped)
 *       gradient;</li>
 *   <li>{@link #maxNorm(double)}: project each unit's incoming weights back to norm ≤ c.</li>
 * </ol>
 *
 * <p>The gradients reaching {@code step} already hold each regularizer's ∂Ω/∂w (L2's λw), which
 * {@code nnlab.train.Training} adds before it calls {@code step}: clipping therefore acts on
 * ∂C/∂w, after the L2 gradient is added (PyTorch's {@code weight_decay} adds λw after clipping;
 * see {@link GradientClipping}).
 *
 * <p><b>Weight decay here is always decoupled</b> (as in Keras 3 and PyTorch's AdamW). PyTorch's
 * {@code weight_decay} argument of SGD/Adam/RMSprop instead adds λw to the gradient, which is
 * {@code Regularizer.l2(λ)} in nnlab; the two agree for plain SGD only.
 *
 * <p>Setters validate their value at once, return this optimizer for chaining
 * ({@code Optimizer.adam(1e-3).beta1(0.8).amsgrad(true)}) and are meant to be called before
 * training; getters of the same name return the effective values. A step allocates nothing once
 * each parameter's state exists. Not thread-safe.
 *
 * @param <O> the concrete optimizer, returned by the chained setters
 */
public abstract class AbstractOptimizer<O extends AbstractOptimizer<O>> implements Optimizer {

    /**
     * One parameter's optimizer state: the step count t (1 on the first update of this
     * parameter), element-wise buffers (velocities, moment estimates; zero when first used) and
     * a few scalars a rule may need (initially 0).
     */
    protected static final class State {
        private final int n;
        private final double[][] buffers;
        private long t;
        /** Scalars a rule carries between steps (Nadam's running product of μ's). */
        public final double[] scalars;

        private State(int n, int buffers, int scalars) {
            this.n = n;
            this.buffers = new double[buffers][];
            this.scalars = new double[scalars];
        }

        /** The step count t: 1 during the first update of this parameter. */
        public long t() {
            return t;
        }

        /** Buffer k, as long as the parameter, all zeros when first asked for. */
        public double[] buffer(int k) {
            if (buffers[k] == null) {
                buffers[k] = new double[n];
            }
            return buffers[k];
        }
    }

    private final String name;
    private double eta;
    private WeightDecay weightDecay;
    private GradientClipping clipping;
    private MaxNorm maxNorm;
    private final Map<Parameter, State> states = new IdentityHashMap<>();

    /**
     * @param name the optimizer's name, used by {@link #toString()}
     * @param learningRate η ≥ 0
     */
    protected AbstractOptimizer(String name, double learningRate) {
        this.name = name;
        setLearningRate(learningRate);
    }

    /** How many element-wise buffers a parameter's state has (momentum: 1, Adam: up to 3). */
    protected abstract int buffers();

    /** How many scalars a parameter's state has; none unless overridden. */
    protected int scalars() {
        return 0;
    }

    /**
     * The update rule: moves {@code w} using gradient {@code g}, learning rate
     * {@link #learningRate()} and the parameter's state {@code s}, whose step count has already
     * been advanced to this step.
     *
     * @param w the parameter's values, Modified
     * @param g the gradient ∂C/∂w (already clipped), Not modified
     * @param n how many entries to update
     * @param s this parameter's state, Modified
     */
    protected abstract void update(double[] w, double[] g, int n, State s);

    /**
     * The names of the state buffers in {@link Template}'s notation, in buffer order (momentum:
     * m; Adam: m, V, V_max); as many as are in use, at most {@link #buffers()}.
     */
    protected abstract List<String> stateNames();

    /**
     * Runs this rule on one scalar weight fed the gradients g₁, g₂, … in turn, from fresh state,
     * and records its state and step after each update (weight decay, clipping and max-norm
     * are not applied): the first steps of Adam with and without bias correction, Adagrad's
     * shrinking step. This optimizer's own state is not touched.
     *
     * @param gradients g₁, g₂, …, at least one, all finite
     */
    public final Trace trace(double... gradients) {
        if (gradients == null || gradients.length == 0) {
            throw new IllegalArgumentException("Give the gradients to feed, e.g. trace(1, 1, 1). Received: gradients="
                    + (gradients == null ? "null" : "none"));
        }
        List<String> names = stateNames();
        State s = new State(1, buffers(), scalars());
        double[] w = new double[1];
        double[][] state = new double[gradients.length][names.size()];
        double[] delta = new double[gradients.length];
        for (int t = 0; t < gradients.length; t++) {
            if (!Double.isFinite(gradients[t])) {
                throw new IllegalArgumentException("Gradients must be finite. Received: gradients[" + t + "]="
                        + gradients[t]);
            }
            s.t++;
            double before = w[0];
            update(w, new double[] {gradients[t]}, 1, s);
            delta[t] = w[0] - before;
            for (int k = 0; k < names.size(); k++) {
                state[t][k] = s.buffer(k)[0];
            }
        }
        return new Trace(template().optimizer(), names, gradients, state, delta);
    }

    /**
     * The step Δw of one update by this rule from explicit state, for checking a hand-written
     * step against nnlab's: the rule runs once on w = 0 with gradient g at step count t, returns
     * w's change (w := w + Δw) and leaves the new state in {@code state}. Weight decay, clipping
     * and max-norm are not applied; this optimizer's own state is not touched.
     * <pre>{@code  DMatrixRMaj dw = Optimizer.momentum(0.1, 0.9).referenceStep(g, 1, m);  // m is updated}</pre>
     *
     * @param g     the gradient, Not modified
     * @param t     the step count t ≥ 1 (bias corrections use it); 1 for rules that keep scalar
     *              state (Nadam), which starts afresh
     * @param state the buffers named by {@link #stateNames()}, in that order, each of g's shape,
     *              Modified; buffers left out start at 0
     * @return Δw, a new matrix of g's shape
     */
    public final DMatrixRMaj referenceStep(DMatrixRMaj g, long t, DMatrixRMaj... state) {
        if (g == null || state == null) {
            throw new IllegalArgumentException("Pass a gradient and the state, e.g. referenceStep(g, 1, m). Received: g="
                    + g + ", state=" + (state == null ? "null" : state.length));
        }
        if (t < 1 || (scalars() > 0 && t != 1)) {
            throw new IllegalArgumentException("The step count t starts at 1" + (scalars() > 0 ? " and must be 1 for "
                    + name + ", whose scalar state starts afresh" : "") + ". Received: t=" + t);
        }
        if (state.length > buffers()) {
            throw new IllegalArgumentException(name + " keeps " + stateNames() + "; pass at most those. Received: "
                    + state.length + " state matrices");
        }
        State s = new State(g.getNumElements(), buffers(), scalars());
        s.t = t;
        for (int k = 0; k < state.length; k++) {
            if (state[k] == null || state[k].numRows != g.numRows || state[k].numCols != g.numCols) {
                throw new IllegalArgumentException("State " + k + " must have g's shape " + g.numRows + "x" + g.numCols
                        + ". Received: " + (state[k] == null ? "null" : state[k].numRows + "x" + state[k].numCols));
            }
            s.buffers[k] = state[k].data;
        }
        DMatrixRMaj dw = new DMatrixRMaj(g.numRows, g.numCols);
        update(dw.data, g.data, g.getNumElements(), s);
        return dw;
    }

    /** The subclass's own hyperparameters, e.g. {@code "beta1=0.9, beta2=0.999"}; may be empty. */
    protected abstract String hyperparameters();

    @Override
    public final void step(List<Parameter> parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("Pass the parameters to update, e.g. net.parameters(). Received: parameters=null");
        }
        if (clipping != null) {
            clipping.clip(parameters);
        }
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            if (p.isFrozen()) {
                continue;
            }
            State s = states.get(p);
            if (s == null) {
                s = new State(p.size(), buffers(), scalars());
                states.put(p, s);
            } else if (s.n != p.size()) {
                throw new IllegalStateException("Parameter " + p.name() + " changed size from " + s.n + " to "
                        + p.size() + " since the last step; call reset() before training a changed net.");
            }
            s.t++;
            if (weightDecay != null) {
                weightDecay.apply(p, eta);
            }
            update(p.value().data, p.grad().data, p.size(), s);
        }
        if (maxNorm != null) {
            maxNorm.apply(parameters);
        }
    }

    @Override
    public void reset() {
        states.clear();
        if (clipping != null) {
            clipping.resetStatistics();
        }
    }

    @Override
    public final double learningRate() {
        return eta;
    }

    @Override
    public final void setLearningRate(double learningRate) {
        eta = requireNonNegative("learningRate", learningRate, "0.01");
    }

    /** Sets η (same as {@link #setLearningRate(double)}, for chaining). */
    public final O learningRate(double learningRate) {
        setLearningRate(learningRate);
        return self();
    }

    /** Decoupled weight decay w := w − ηλw on weights (biases excluded); 0 turns it off. */
    public final O weightDecay(double lambda) {
        return weightDecay(new WeightDecay(lambda));
    }

    /** Decoupled weight decay with its own selection of parameters; null turns it off. */
    public final O weightDecay(WeightDecay decay) {
        this.weightDecay = decay == null || decay.lambda() == 0 ? null : decay;
        return self();
    }

    /** The decoupled weight decay λ in use, 0 if none. */
    public final double weightDecay() {
        return weightDecay == null ? 0 : weightDecay.lambda();
    }

    /**
     * Clips the gradients before each update, e.g. {@code GradientClipping.byGlobalNorm(1.0)};
     * null turns clipping off. Keep a reference to read its statistics after training.
     */
    public final O clipGradients(GradientClipping clipping) {
        this.clipping = clipping;
        return self();
    }

    /** The gradient clipping in use, or null. */
    public final GradientClipping gradientClipping() {
        return clipping;
    }

    @Override
    public final double lastClippedFraction() {
        return clipping == null ? Double.NaN : clipping.lastClippedFraction();
    }

    /** After each update, rescales each unit's incoming weight vector to norm ≤ c. */
    public final O maxNorm(double c) {
        return maxNorm(new MaxNorm(c));
    }

    /** A max-norm constraint applied after each update; null turns it off. */
    public final O maxNorm(MaxNorm constraint) {
        this.maxNorm = constraint;
        return self();
    }

    @SuppressWarnings("unchecked")
    private O self() {
        return (O) this;
    }

    @Override
    public final String toString() {
        StringBuilder b = new StringBuilder(name).append("(learningRate=").append(eta);
        String own = hyperparameters();
        if (!own.isEmpty()) {
            b.append(", ").append(own);
        }
        if (weightDecay != null) {
            b.append(", weightDecay=").append(weightDecay.lambda());
        }
        if (clipping != null) {
            b.append(", clipping=").append(clipping);
        }
        if (maxNorm != null) {
            b.append(", maxNorm=").append(maxNorm.maxNorm());
        }
        return b.append(')').toString();
    }

    /** Checks 0 ≤ value &lt; ∞; the message names the setting and gives an example. */
    protected static double requireNonNegative(String setting, double value, String example) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(setting + " must be a finite number >= 0, e.g. " + example
                    + ". Received: " + setting + "=" + value);
        }
        return value;
    }

    /** Checks 0 &lt; value &lt; ∞ (ε terms, which guard a division). */
    protected static double requirePositive(String setting, double value, String example) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(setting + " must be a finite number > 0, e.g. " + example
                    + ". Received: " + setting + "=" + value);
        }
        return value;
    }

    /** Checks 0 ≤ value &lt; 1 (decay rates of running averages). */
    protected static double requireDecayRate(String setting, double value, String example) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(setting + " must be in [0, 1), e.g. " + example
                    + " (it is the weight of the past in a running average). Received: " + setting + "=" + value);
        }
        return value;
    }
}
