package nnlab.data;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * Synthetic data sets whose true distribution is known, so fresh samples from the same
 * distribution (another seed) estimate the true error L_D(h) as closely as one likes.
 * Every generator takes the number of examples, a noise level and a seed.
 */
public final class Synthetic {

    private Synthetic() {}

    /**
     * Two interleaving half circles in 2-D: class 0 on the upper arc {@code (cos t, sin t)},
     * class 1 on the lower arc {@code (1 − cos t, 0.5 − sin t)}, t ~ U[0, π], plus N(0, noise²)
     * on each coordinate. Classes alternate so both have n/2 examples (±1).
     */
    public static Dataset moons(int n, double noise, long seed) {
        check(n, noise);
        Random rng = new Random(seed);
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double t = Math.PI * rng.nextDouble();
            labels[i] = i % 2;
            if (labels[i] == 0) {
                x[i][0] = Math.cos(t);
                x[i][1] = Math.sin(t);
            } else {
                x[i][0] = 1 - Math.cos(t);
                x[i][1] = 0.5 - Math.sin(t);
            }
            x[i][0] += noise * rng.nextGaussian();
            x[i][1] += noise * rng.nextGaussian();
        }
        return Dataset.classification(x, labels, 2);
    }

    /**
     * XOR: points uniform in [−1, 1]², label 1 when the two coordinates have opposite signs,
     * then N(0, noise²) added to each coordinate (the label is from the noise-free point).
     */
    public static Dataset xor(int n, double noise, long seed) {
        check(n, noise);
        Random rng = new Random(seed);
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * rng.nextDouble() - 1;
            double b = 2 * rng.nextDouble() - 1;
            labels[i] = (a > 0) != (b > 0) ? 1 : 0;
            x[i][0] = a + noise * rng.nextGaussian();
            x[i][1] = b + noise * rng.nextGaussian();
        }
        return Dataset.classification(x, labels, 2);
    }

    /**
     * Two concentric circles: class 0 on the unit circle, class 1 on the circle of radius
     * {@code factor} (in (0, 1)), angles uniform, plus N(0, noise²) per coordinate.
     */
    public static Dataset circles(int n, double noise, double factor, long seed) {
        check(n, noise);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("The inner circle's radius factor must be in (0, 1), e.g. 0.5. Received: factor="
                    + factor);
        }
        Random rng = new Random(seed);
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * rng.nextDouble();
            labels[i] = i % 2;
            double r = labels[i] == 0 ? 1.0 : factor;
            x[i][0] = r * Math.cos(t) + noise * rng.nextGaussian();
            x[i][1] = r * Math.sin(t) + noise * rng.nextGaussian();
        }
        return Dataset.classification(x, labels, 2);
    }

    /**
     * {@code classes} interleaved spiral arms in 2-D (one-hot targets for more than two classes):
     * arm c at radius r ~ U[0,1] has angle {@code 4r + 2πc/classes}, plus N(0, noise²) on the angle.
     */
    public static Dataset spirals(int n, int classes, double noise, long seed) {
        check(n, noise);
        if (classes < 2) {
            throw new IllegalArgumentException("Spirals need at least 2 arms. Received: classes=" + classes);
        }
        Random rng = new Random(seed);
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            double r = rng.nextDouble();
            double angle = 4 * r + 2 * Math.PI * c / classes + noise * rng.nextGaussian();
            x[i][0] = r * Math.sin(angle);
            x[i][1] = r * Math.cos(angle);
            labels[i] = c;
        }
        return Dataset.classification(x, labels, classes);
    }

    /**
     * Gaussian blobs: {@code classes} centres on a circle of radius 3 in 2-D, each example
     * N(centre, stddev²·I).
     */
    public static Dataset blobs(int n, int classes, double stddev, long seed) {
        check(n, stddev);
        if (classes < 2) {
            throw new IllegalArgumentException("Blobs need at least 2 classes. Received: classes=" + classes);
        }
        Random rng = new Random(seed);
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            double a = 2 * Math.PI * c / classes;
            x[i][0] = 3 * Math.cos(a) + stddev * rng.nextGaussian();
            x[i][1] = 3 * Math.sin(a) + stddev * rng.nextGaussian();
            labels[i] = c;
        }
        return Dataset.classification(x, labels, classes);
    }

    /**
     * One-dimensional regression {@code y = f(x) + ε}, x ~ U[from, to], ε ~ N(0, noise²).
     * Example: {@code regression(50, Math::sin, 0, 2 * Math.PI, 0.1, 7)}.
     */
    public static Dataset regression(int n, DoubleUnaryOperator f, double from, double to, double noise, long seed) {
        check(n, noise);
        if (f == null) {
            throw new IllegalArgumentException("regression needs the true function, e.g. Math::sin. Received: f=null");
        }
        if (!(to > from)) {
            throw new IllegalArgumentException("The x range needs from < to. Received: from=" + from + ", to=" + to);
        }
        Random rng = new Random(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        DMatrixRMaj y = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            double xi = from + (to - from) * rng.nextDouble();
            x.data[i] = xi;
            y.data[i] = f.applyAsDouble(xi) + noise * rng.nextGaussian();
        }
        return new Dataset(x, y);
    }

    /**
     * A simulated sensor of 40 readings tanh(aᵢ·(x₁, x₂) + cᵢ) of a hidden point, its aᵢ and cᵢ
     * drawn from {@code sensorSeed}; see {@link Sensor}. Example:
     * {@code Synthetic.sensor(100).readingNoise(0.05).sample(3000, 1, Sensor.insideCircle(1.3))}.
     */
    public static Sensor sensor(long sensorSeed) {
        return new Sensor(sensorSeed, 40, 0, 0);
    }

    private static void check(int n, double noise) {
        if (n < 1) {
            throw new IllegalArgumentException("Ask for at least one example. Received: n=" + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("The noise level must be a finite number >= 0, e.g. 0.1. Received: " + noise);
        }
    }
}
