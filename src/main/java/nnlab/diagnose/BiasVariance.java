package nnlab.diagnose;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import nnlab.data.Dataset;
import nnlab.train.Architecture;
import nnlab.train.Net;
import nnlab.train.Training;
import org.ejml.data.DMatrixRMaj;

/**
 * Bias and variance of a way of training, estimated from many training sets drawn from a known
 * distribution. For squared error at a point x, with h_S the model trained on the set S and f
 * the true function, the expected error over training sets splits into
 *
 * <pre>
 *   E_S[(h_S(x) − f(x))²] = (E_S[h_S(x)] − f(x))²  +  Var_S[h_S(x)]
 *                                 bias²(x)              variance(x)
 * </pre>
 *
 * and against a noisy target y = f(x) + ε, Var(ε) = σ², the error on a fresh example gains the
 * noise: E[(h_S(x) − y)²] = bias²(x) + variance(x) + σ². Here E_S is the mean over K training
 * sets S_1 … S_K and Var_S the population variance over them (divided by K, so the split above
 * holds exactly for the estimates too); both terms are then averaged over the test points.
 *
 * <pre>{@code
 * DoubleUnaryOperator f = Math::sin;
 * var truth = Synthetic.regression(100, f, 0, 6.28, 0.0, 99);           // test points, y = f(x)
 * var bv = BiasVariance.of(s -> Synthetic.regression(20, f, 0, 6.28, 0.3, s), truth).sets(25).noise(0.3);
 * var small = bv.estimate(Net.input(1).dense(2, Activation.tanh()).dense(1), t -> t.epochs(300));
 * }</pre>
 *
 * Settings validate when set; an instance may run any number of estimates, each from the same
 * K training sets (set r is drawn with s_r, the r-th {@code nextLong()} of {@code new Random(seed)},
 * and its model seeded with s_r), so two models are compared on identical data.
 */
public final class BiasVariance {

    private final LongFunction<Dataset> trainingSets;
    private final Dataset truth;
    private int sets = 25;
    private long seed = 1;
    private double noise = 0;

    private BiasVariance(LongFunction<Dataset> trainingSets, Dataset truth) {
        this.trainingSets = trainingSets;
        this.truth = truth;
    }

    /**
     * @param trainingSets draws one training set from a seed, e.g.
     *                     {@code s -> Synthetic.regression(20, Math::sin, 0, 6.28, 0.3, s)}. Not modified.
     * @param truth        the test points x with their noise-free targets f(x), one target column. Not modified.
     */
    public static BiasVariance of(LongFunction<Dataset> trainingSets, Dataset truth) {
        if (trainingSets == null) {
            throw new IllegalArgumentException("Give a source of training sets, e.g. s -> Synthetic.regression(20,"
                    + " Math::sin, 0, 6.28, 0.3, s). Received: trainingSets=null");
        }
        if (truth == null || truth.targets() != 1) {
            throw new IllegalArgumentException("The truth is the test points with their noise-free target f(x), one"
                    + " column, e.g. Synthetic.regression(100, Math::sin, 0, 6.28, 0.0, 99). Received: truth="
                    + (truth == null ? "null" : truth.targets() + " target columns"));
        }
        return new BiasVariance(trainingSets, truth);
    }

    /** The number K of training sets (and trained models) per estimate, at least 2; default 25. */
    public BiasVariance sets(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("A variance needs at least 2 training sets, e.g. sets(25). Received: sets=" + k);
        }
        this.sets = k;
        return this;
    }

    /** The seed the K set seeds s_r are drawn from (see the class comment); default 1. */
    public BiasVariance seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The standard deviation σ of the training sets' target noise, for {@link Estimate#expectedError()}; default 0. */
    public BiasVariance noise(double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("The noise is a standard deviation, finite and >= 0, e.g. noise(0.3)."
                    + " Received: sigma=" + sigma);
        }
        this.noise = sigma;
        return this;
    }

    /**
     * Trains a fresh net of {@code architecture} on each training set, set r's net built with
     * seed s_r and trained by {@code setup.apply(net.train(set)).run()}.
     *
     * @param setup the training settings, e.g. {@code t -> t.optimizer(Optimizer.adam(0.02)).epochs(300)}
     */
    public Estimate estimate(Architecture architecture, UnaryOperator<Training> setup) {
        if (architecture == null || setup == null) {
            throw new IllegalArgumentException("Give the architecture and the training settings, e.g. estimate("
                    + "Net.input(1).dense(8, Activation.tanh()).dense(1), t -> t.epochs(300)). Received: "
                    + (architecture == null ? "architecture=null" : "setup=null"));
        }
        return estimate((set, s) -> {
            Net net = architecture.build(s);
            setup.apply(net.train(set)).run();
            return net;
        });
    }

    /**
     * Runs {@code fit} on each training set and collects the trained nets' predictions.
     *
     * @param fit trains and returns a model for the set it is given; the second argument is the
     *            set's seed s_r, to seed the model with
     */
    public Estimate estimate(BiFunction<Dataset, Long, Net> fit) {
        if (fit == null) {
            throw new IllegalArgumentException("Give the fit function, e.g. (set, s) -> { var net = arch.build(s);"
                    + " net.train(set).run(); return net; }. Received: fit=null");
        }
        return estimateModel((set, s) -> {
            Net net = fit.apply(set, s);
            if (net == null) {
                throw new IllegalArgumentException("The fit function must return the net it trained. Received: null"
                        + " for the training set of seed " + s);
            }
            return net::predict;
        });
    }

    /**
     * As {@link #estimate(BiFunction)} for any model: {@code fit} returns the trained model's
     * prediction function, rows of x to rows of one prediction.
     */
    public Estimate estimateModel(BiFunction<Dataset, Long, UnaryOperator<DMatrixRMaj>> fit) {
        DMatrixRMaj x = truth.x();
        int n = x.numRows;
        double[][] predictions = new double[sets][];
        // consecutive seeds give correlated first draws in java.util.Random: spread them out
        Random seeds = new Random(seed);
        for (int r = 0; r < sets; r++) {
            long s = seeds.nextLong();
            Dataset set = trainingSets.apply(s);
            if (set == null) {
                throw new IllegalArgumentException("The training-set source returned null for seed " + s
                        + "; it must draw a Dataset, e.g. s -> Synthetic.regression(20, Math::sin, 0, 6.28, 0.3, s)");
            }
            DMatrixRMaj p = fit.apply(set, s).apply(x.copy());
            if (p == null || p.numRows != n || p.numCols != 1) {
                throw new IllegalArgumentException("Bias and variance need one prediction per test point; the model of"
                        + " seed " + s + " gave " + (p == null ? "null" : p.numRows + "×" + p.numCols) + " for "
                        + n + " points. Use a net with one output.");
            }
            predictions[r] = Arrays.copyOf(p.data, n);
        }
        return new Estimate(x, Arrays.copyOf(truth.yView().data, n), predictions, noise * noise);
    }

    /**
     * The predictions of K models at n test points, and what they say about bias and variance.
     *
     * @param points        the test points x, n rows
     * @param truth         f(x) at each test point
     * @param predictions   {@code predictions[r][i]} = h_{S_r}(x_i)
     * @param noiseVariance σ² of the training targets' noise (0 if not given)
     */
    public record Estimate(DMatrixRMaj points, double[] truth, double[][] predictions, double noiseVariance) {

        /** E_S[h_S(x_i)], the mean prediction at each test point. */
        public double[] meanPrediction() {
            double[] m = new double[truth.length];
            for (double[] p : predictions) {
                for (int i = 0; i < m.length; i++) {
                    m[i] += p[i] / predictions.length;
                }
            }
            return m;
        }

        /** Var_S[h_S(x_i)] = E_S[(h_S(x_i) − E_S[h_S(x_i)])²] at each test point (divided by K). */
        public double[] pointVariance() {
            double[] m = meanPrediction();
            double[] v = new double[truth.length];
            for (double[] p : predictions) {
                for (int i = 0; i < v.length; i++) {
                    v[i] += (p[i] - m[i]) * (p[i] - m[i]) / predictions.length;
                }
            }
            return v;
        }

        /** bias² = mean over the test points of (E_S[h_S(x)] − f(x))². */
        public double bias2() {
            double[] m = meanPrediction();
            double b = 0;
            for (int i = 0; i < m.length; i++) {
                b += (m[i] - truth[i]) * (m[i] - truth[i]) / m.length;
            }
            return b;
        }

        /** variance = mean over the test points of Var_S[h_S(x)]. */
        public double variance() {
            return Arrays.stream(pointVariance()).average().orElse(0);
        }

        /** The mean over sets and points of (h_S(x) − f(x))², measured directly; equals bias² + variance. */
        public double meanSquaredError() {
            double e = 0;
            for (double[] p : predictions) {
                for (int i = 0; i < truth.length; i++) {
                    e += (p[i] - truth[i]) * (p[i] - truth[i]);
                }
            }
            return e / (predictions.length * (double) truth.length);
        }

        /** bias² + variance + σ²: the expected squared error on a fresh noisy example. */
        public double expectedError() {
            return bias2() + variance() + noiseVariance;
        }

        @Override
        public String toString() {
            return String.format("bias² %.4f + variance %.4f + noise σ² %.4f = expected error %.4f (%d sets, %d points)",
                    bias2(), variance(), noiseVariance, expectedError(), predictions.length, truth.length);
        }
    }
}
