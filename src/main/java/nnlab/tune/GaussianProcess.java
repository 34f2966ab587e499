package nnlab.tune;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * Gaussian-process regression, the model behind Bayesian optimization: from the scores seen so
 * far it predicts, at any point u of the unit cube, a mean μ(u) (the best guess of the score) and
 * a standard deviation σ(u) (how unsure that guess is: small near evaluated points, large far
 * from them).
 *
 * <p>The targets are standardized (ỹ = (y − ȳ)/s) and modelled with the squared-exponential kernel
 * k(a, b) = exp(−|a − b|² / (2ℓ²)) plus noise variance σₙ² on the diagonal, K = k(X, X) + σₙ²I:
 * <pre>
 *   α = K⁻¹ỹ                    (through the Cholesky factor K = LLᵀ)
 *   μ(u) = k(X, u)ᵀ α
 *   σ²(u) = k(u, u) − vᵀv,  v = L⁻¹ k(X, u)
 * </pre>
 * The length scale ℓ (how far apart two points can be and still have similar scores) and σₙ² are
 * chosen among a few candidates by the largest log marginal likelihood
 * −½ ỹᵀα − Σ log Lᵢᵢ − (n/2) log 2π.
 */
public final class GaussianProcess {

    private static final double[] LENGTH_SCALES = {0.05, 0.1, 0.2, 0.4, 0.8};
    private static final double[] NOISES = {1e-6, 1e-3, 1e-2, 0.1};

    private final double[][] x;
    private final DMatrixRMaj lower;
    private final double[] alpha;
    private final double mean;
    private final double scale;
    private final double lengthScale;
    private final double noise;
    private final double logLikelihood;

    private GaussianProcess(double[][] x, double[] y, double mean, double scale, double lengthScale, double noise) {
        this.x = x;
        this.mean = mean;
        this.scale = scale;
        this.lengthScale = lengthScale;
        this.noise = noise;
        int n = x.length;
        DMatrixRMaj k = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k.set(i, j, kernel(x[i], x[j]) + (i == j ? noise : 0));
            }
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        if (!chol.decompose(k)) {
            throw new IllegalStateException("The kernel matrix is not positive definite (two identical points?).");
        }
        lower = chol.getT(null);
        alpha = y.clone();
        TriangularSolver_DDRM.solveL(lower.data, alpha, n);      // L z = ỹ
        double fit = 0;
        for (double z : alpha) {
            fit += z * z;                                         // ỹᵀK⁻¹ỹ = |z|²
        }
        TriangularSolver_DDRM.solveTranL(lower.data, alpha, n); // Lᵀ α = z
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            logDet += Math.log(lower.get(i, i));
        }
        logLikelihood = -0.5 * fit - logDet - 0.5 * n * Math.log(2 * Math.PI);
    }

    /**
     * Fits to the points {@code x} (in the unit cube) and their scores {@code y}, choosing ℓ and
     * σₙ² by marginal likelihood.
     */
    public static GaussianProcess fit(List<double[]> x, double[] y) {
        if (x == null || y == null || x.size() != y.length || y.length == 0) {
            throw new IllegalArgumentException("Give one score per point, at least one, e.g. the points and scores of the"
                    + " trials so far. Received: " + (x == null ? "null" : x.size()) + " points, "
                    + (y == null ? "null" : y.length) + " scores");
        }
        int d = x.get(0) == null ? 0 : x.get(0).length;
        for (int i = 0; i < y.length; i++) {
            double[] p = x.get(i);
            if (p == null || p.length != d || d == 0) {
                throw new IllegalArgumentException("Every point needs the same number (>= 1) of unit-cube coordinates, one"
                        + " per hyperparameter. Received: point 0 has " + d + ", point " + i + " has "
                        + (p == null ? "null" : p.length));
            }
            for (double u : p) {
                if (!Double.isFinite(u)) {
                    throw new IllegalArgumentException("Point coordinates must be finite, in [0, 1]. Received: point " + i
                            + " = " + Arrays.toString(p));
                }
            }
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("A Gaussian process needs finite scores; replace a diverged trial's"
                        + " score by the worst finite one, as Search.bayesian does. Received: score " + i + " = " + y[i]);
            }
        }
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean) / y.length;
        }
        double scale = var > 0 ? Math.sqrt(var) : 1;
        double[] standardized = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            standardized[i] = (y[i] - mean) / scale;
        }
        double[][] points = x.toArray(new double[0][]);
        GaussianProcess best = null;
        for (double l : LENGTH_SCALES) {
            for (double noise : NOISES) {
                GaussianProcess gp = new GaussianProcess(points, standardized, mean, scale, l, noise);
                if (best == null || gp.logLikelihood > best.logLikelihood) {
                    best = gp;
                }
            }
        }
        return best;
    }

    private double kernel(double[] a, double[] b) {
        double d2 = 0;
        for (int i = 0; i < a.length; i++) {
            d2 += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.exp(-d2 / (2 * lengthScale * lengthScale));
    }

    /** {μ(u), σ(u)} in the units of the scores. */
    public double[] predict(double[] u) {
        if (u == null || u.length != x[0].length) {
            throw new IllegalArgumentException("Predict at a point with the fitted points' " + x[0].length
                    + " coordinates. Received: " + (u == null ? "null" : u.length + " coordinates"));
        }
        int n = x.length;
        double[] v = new double[n];
        double mu = 0;
        for (int i = 0; i < n; i++) {
            v[i] = kernel(x[i], u);
            mu += v[i] * alpha[i];
        }
        TriangularSolver_DDRM.solveL(lower.data, v, n);
        double var = 1;
        for (double vi : v) {
            var -= vi * vi;
        }
        return new double[] {mean + scale * mu, scale * Math.sqrt(Math.max(var, 0))};
    }

    /** The chosen length scale ℓ, in unit-cube coordinates. */
    public double lengthScale() {
        return lengthScale;
    }

    /** The chosen noise variance σₙ² (of the standardized scores). */
    public double noise() {
        return noise;
    }
}
