package nnlab.pretrain;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BiFunction;
import nnlab.data.Dataset;
import nnlab.mat.Gemm;
import nnlab.nn.Dense;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * A restricted Boltzmann machine with binary visible units v and binary hidden units h, trained by
 * contrastive divergence. Energy and probabilities:
 * <pre>
 *   E(v, h) = −bᵀv − cᵀh − vᵀWh,      p(v, h) ∝ exp(−E(v, h))
 *   p(hⱼ = 1 | v) = σ(cⱼ + Σᵢ vᵢWᵢⱼ),   p(vᵢ = 1 | h) = σ(bᵢ + Σⱼ Wᵢⱼhⱼ)
 * </pre>
 * The gradient of the log-likelihood of the data is ∂ log p(v)/∂W = ⟨v hᵀ⟩_data − ⟨v hᵀ⟩_model; the
 * model term needs samples from p(v, h). CD-k replaces them by k steps of alternating Gibbs
 * sampling started at the data (Hinton, 2002). Per mini-batch V₀ (m rows), with k = 1:
 * <pre>
 *   P₀ = σ(V₀W + c),  H₀ ~ Bernoulli(P₀)          hidden probabilities and a sample
 *   V₁ = σ(H₀Wᵀ + b)                               reconstruction (probabilities, as usual)
 *   P₁ = σ(V₁W + c)
 *   W += η (V₀ᵀP₀ − V₁ᵀP₁)/m,  b += η·mean(V₀ − V₁),  c += η·mean(P₀ − P₁)
 * </pre>
 * The inputs should lie in [0, 1] (probabilities of the visible units being on; see
 * {@code Normalizer}). After training, W and c are the weights and bias of a sigmoid layer that
 * computes p(h = 1 | v): {@link #copyInto} puts them into a {@link Dense} layer of a net, the first
 * step of a pretrained stack ({@link RbmStack}).
 *
 * <pre>{@code
 *   Rbm rbm = Rbm.hidden(24).epochs(20).batchSize(32).learningRate(0.05).cdSteps(1).seed(1).train(x);
 *   rbm.reconstructionErrors();          // one value per epoch
 *   rbm.copyInto(net, 0);                // W, c into dense layer 0 of net
 *   var stack = Rbm.stack(24, 12, 6).epochs(20).train(x);   // each RBM on the one before's p(h = 1 | v)
 * }</pre>
 */
public final class Rbm {

    private final DMatrixRMaj w;
    private final DMatrixRMaj b;
    private final DMatrixRMaj c;
    private final Random rng;
    private double[] errors = new double[0];

    /** Draws W ~ N(0, 0.01²) from rng (which then drives the sampling); b = c = 0. */
    private Rbm(int visible, int hidden, Random rng) {
        this.rng = rng;
        w = new DMatrixRMaj(visible, hidden);
        for (int i = 0; i < w.data.length; i++) {
            w.data[i] = 0.01 * rng.nextGaussian();
        }
        b = new DMatrixRMaj(1, visible);
        c = new DMatrixRMaj(1, hidden);
    }

    /** The RBM before training, as {@link Settings#train} starts it with this seed. */
    static Rbm initial(int visible, int hidden, long seed) {
        return new Rbm(visible, hidden, new Random(seed));
    }

    /** Settings for one RBM of {@code hidden} hidden units; {@link Settings#train} trains it. */
    public static Settings<Rbm> hidden(int hidden) {
        checkUnits(hidden);
        return new Settings<>((s, x) -> s.trainOne(x, hidden, s.seed));
    }

    /**
     * Settings for a stack of RBMs with these hidden widths, e.g. {@code stack(24, 12, 6)}: the
     * first learns from the data, each next one from the hidden probabilities of the one before.
     */
    public static Settings<RbmStack> stack(int... widths) {
        if (widths.length == 0) {
            throw new IllegalArgumentException("A stack needs at least one hidden width, e.g. stack(24, 12, 6).");
        }
        for (int w : widths) {
            checkUnits(w);
        }
        int[] ws = widths.clone();
        return new Settings<>((s, x) -> RbmStack.train(s, x, ws));
    }

    private static void checkUnits(int hidden) {
        if (hidden < 1) {
            throw new IllegalArgumentException("An RBM needs at least one hidden unit, e.g. 24. Received: hidden=" + hidden);
        }
    }

    /**
     * How RBMs are trained by CD-k, each setting checked when set. Defaults: 20 epochs, batch size
     * 32, learning rate η = 0.05, k = 1 Gibbs step (CD-1), seed 0.
     *
     * @param <R> what {@link #train} returns: an {@link Rbm} or an {@link RbmStack}
     */
    public static final class Settings<R> {

        private final BiFunction<Settings<R>, DMatrixRMaj, R> trainer;
        private int epochs = 20;
        private int batchSize = 32;
        private double learningRate = 0.05;
        private int cdSteps = 1;
        private long seed = 0;

        private Settings(BiFunction<Settings<R>, DMatrixRMaj, R> trainer) {
            this.trainer = trainer;
        }

        /** Passes over the data. Default 20. */
        public Settings<R> epochs(int epochs) {
            if (epochs < 1) {
                throw new IllegalArgumentException("Train for at least 1 epoch, e.g. 20. Received: epochs=" + epochs);
            }
            this.epochs = epochs;
            return this;
        }

        /** Rows per CD-k update. Default 32. */
        public Settings<R> batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("The batch size must be at least 1, e.g. 32. Received: batchSize="
                        + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** η of the updates W += η(V₀ᵀP₀ − VₖᵀPₖ)/m. Default 0.05. */
        public Settings<R> learningRate(double learningRate) {
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("The learning rate must be finite and > 0, e.g. 0.05. Received: "
                        + "learningRate=" + learningRate);
            }
            this.learningRate = learningRate;
            return this;
        }

        /** k, the Gibbs steps of CD-k. Default 1 (CD-1). */
        public Settings<R> cdSteps(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("CD-k needs k >= 1 Gibbs steps, e.g. 1. Received: k=" + k);
            }
            this.cdSteps = k;
            return this;
        }

        /** Seeds the initial weights N(0, 0.01²), the shuffling and the sampling. Default 0. */
        public Settings<R> seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Trains on the rows of {@code x} (values in [0, 1]); Not modified.
         *
         * @throws IllegalArgumentException if x is null, has no row, or holds a value outside [0, 1]
         *                                  (named by its row and column)
         */
        public R train(DMatrixRMaj x) {
            requireUnitInterval(Require.rows("x", x));
            return trainer.apply(this, x);
        }

        long seed() { return seed; }

        Rbm trainOne(DMatrixRMaj x, int hidden, long seed) {
            Rbm rbm = new Rbm(x.numCols, hidden, new Random(seed));
            rbm.train(x, this);
            return rbm;
        }
    }

    /**
     * Trains by CD-k on the rows of {@code x}, in mini-batches shuffled every epoch, and records
     * the mean squared reconstruction error ‖V₀ − V₁‖²/(m·n) of each epoch.
     */
    private void train(DMatrixRMaj x, Settings<?> s) {
        Require.width("This RBM of " + w.numRows + " visible units", x, w.numRows);
        requireUnitInterval(x);
        double[] out = new double[s.epochs];
        int n = x.numRows;
        for (int e = 0; e < s.epochs; e++) {
            int[] order = Dataset.permutation(n, rng);
            double sq = 0;
            for (int from = 0; from < n; from += s.batchSize) {
                int m = Math.min(s.batchSize, n - from);
                DMatrixRMaj v0 = new DMatrixRMaj(m, x.numCols);
                for (int r = 0; r < m; r++) {
                    System.arraycopy(x.data, order[from + r] * x.numCols, v0.data, r * x.numCols, x.numCols);
                }
                sq += step(v0, s.learningRate, s.cdSteps);
            }
            out[e] = sq / ((double) n * x.numCols);
        }
        double[] all = Arrays.copyOf(errors, errors.length + out.length);
        System.arraycopy(out, 0, all, errors.length, out.length);
        errors = all;
    }

    /** Throws unless every entry of x is in [0, 1], naming the first that is not by its row and column. */
    private static void requireUnitInterval(DMatrixRMaj x) {
        for (int i = 0; i < x.getNumElements(); i++) {
            double v = x.data[i];
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("RBM inputs must lie in [0, 1] (probabilities of the visible units);"
                        + " rescale the data first, e.g. Normalizer.fit(x).apply(x). Received: row " + i / x.numCols
                        + ", column " + i % x.numCols + " (0-based) = " + v);
            }
        }
    }

    /** The mean squared reconstruction error ‖V₀ − V₁‖²/(m·n) of every epoch trained so far. */
    public double[] reconstructionErrors() { return errors.clone(); }

    /** Number of visible units (the input width). */
    public int visible() { return w.numRows; }

    /** Number of hidden units. */
    public int hidden() { return w.numCols; }

    /** One CD-k update on the batch v0; returns its summed squared reconstruction error. */
    private double step(DMatrixRMaj v0, double eta, int k) {
        int m = v0.numRows;
        DMatrixRMaj p0 = hiddenProbabilities(v0);
        DMatrixRMaj h = sample(p0);
        DMatrixRMaj vk = null;
        DMatrixRMaj pk = null;
        for (int step = 0; step < k; step++) {
            vk = visibleProbabilities(h);
            pk = hiddenProbabilities(vk);
            h = sample(pk);
        }
        // W += η (V₀ᵀP₀ − VₖᵀPₖ)/m
        DMatrixRMaj positive = new DMatrixRMaj(w.numRows, w.numCols);
        DMatrixRMaj negative = new DMatrixRMaj(w.numRows, w.numCols);
        Gemm.multTransA(v0, p0, positive);
        Gemm.multTransA(vk, pk, negative);
        for (int i = 0; i < w.data.length; i++) {
            w.data[i] += eta * (positive.data[i] - negative.data[i]) / m;
        }
        double sq = 0;
        for (int r = 0; r < m; r++) {
            for (int i = 0; i < b.numCols; i++) {
                double d = v0.get(r, i) - vk.get(r, i);
                b.data[i] += eta * d / m;          // b += η mean(V₀ − Vₖ)
                sq += d * d;
            }
            for (int j = 0; j < c.numCols; j++) {
                c.data[j] += eta * (p0.get(r, j) - pk.get(r, j)) / m;   // c += η mean(P₀ − Pₖ)
            }
        }
        return sq;
    }

    /** p(h = 1 | v) for each row of v: σ(vW + c). */
    public DMatrixRMaj hiddenProbabilities(DMatrixRMaj v) {
        Require.width("This RBM of " + w.numRows + " visible units", v, w.numRows);
        DMatrixRMaj out = new DMatrixRMaj(v.numRows, w.numCols);
        Gemm.mult(v, w, out);
        sigmoidPlusBias(out, c);
        return out;
    }

    /** p(v = 1 | h) for each row of h: σ(hWᵀ + b). */
    public DMatrixRMaj visibleProbabilities(DMatrixRMaj h) {
        Require.width("p(v | h) of this RBM of " + w.numCols + " hidden units", h, w.numCols);
        DMatrixRMaj out = new DMatrixRMaj(h.numRows, w.numRows);
        Gemm.multTransB(h, w, out);
        sigmoidPlusBias(out, b);
        return out;
    }

    private static void sigmoidPlusBias(DMatrixRMaj z, DMatrixRMaj bias) {
        for (int r = 0; r < z.numRows; r++) {
            for (int j = 0; j < z.numCols; j++) {
                z.set(r, j, 1 / (1 + Math.exp(-(z.get(r, j) + bias.data[j]))));
            }
        }
    }

    private DMatrixRMaj sample(DMatrixRMaj p) {
        DMatrixRMaj s = new DMatrixRMaj(p.numRows, p.numCols);
        for (int i = 0; i < p.data.length; i++) {
            s.data[i] = rng.nextDouble() < p.data[i] ? 1 : 0;
        }
        return s;
    }

    /**
     * Copies W and c into dense layer {@code denseIndex} of {@code net} (counted as
     * {@link Net#dense(int)} counts, from 0), which must have this RBM's numbers of inputs and units;
     * followed by a sigmoid, that layer computes p(h = 1 | v). Returns net.
     */
    public Net copyInto(Net net, int denseIndex) {
        Dense d = requireFits(net, denseIndex);
        d.weights().value().setTo(w);
        d.bias().value().setTo(c);
        return net;
    }

    Dense requireFits(Net net, int denseIndex) {
        Dense d = Require.given("net", net, "Net.input(" + w.numRows + ").dense(" + w.numCols
                + ", Activation.sigmoid()).dense(1).build()").dense(denseIndex);
        if (d.inputSize() != w.numRows || d.outputSize() != w.numCols) {
            throw new IllegalArgumentException("Dense layer " + denseIndex + " of the net, " + d.name() + " (Dense, "
                    + d.inputSize() + " → " + d.outputSize() + "), cannot take the weights of this RBM (" + w.numRows + " → "
                    + w.numCols + "): build the net with dense(" + w.numCols + ", Activation.sigmoid()) there.");
        }
        return d;
    }

    /** W (visible × hidden), a copy. */
    public DMatrixRMaj weights() { return w.copy(); }

    /** The visible biases b (1 × visible), a copy. */
    public DMatrixRMaj visibleBias() { return b.copy(); }

    /** The hidden biases c (1 × hidden), a copy. */
    public DMatrixRMaj hiddenBias() { return c.copy(); }
}
