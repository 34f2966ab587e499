package nnlab.data;

import java.util.Random;

/**
 * A simulated sensor that looks at a hidden 2-D point (x₁, x₂) ~ U[−2, 2]² through
 * {@code readings} nonlinear channels (40 unless set):
 * <pre>
 *   rᵢ = tanh(aᵢ₁x₁ + aᵢ₂x₂ + cᵢ) + σ·εᵢ,   aᵢ ~ 1.5·N(0, I),  cᵢ ~ N(0, 1),  εᵢ ~ N(0, 1)
 * </pre>
 * The aᵢ and cᵢ are drawn once from the sensor seed, so every sample set sees the same sensor;
 * the reading noise σ is 0 unless set. Optionally {@code noiseReadings} extra columns
 * z₁, z₂, … ~ N(0, 1) carry nothing about the point. A {@link Task} turns (x₁, x₂, z) into the
 * target row. The data lie near a 2-D surface in a 40-dimensional space: unlabelled readings
 * teach a net about that surface (pretraining), and the same readings serve several tasks
 * (transfer).
 *
 * <pre>{@code
 *   var sensor = Synthetic.sensor(100).readingNoise(0.05);
 *   var test = sensor.sample(2000, 3, Sensor.insideCircle(1.3));
 * }</pre>
 *
 * Immutable: {@link #readings}, {@link #readingNoise} and {@link #noiseReadings} return a new
 * sensor. Per example the draws are, in order: x₁, x₂, then for each reading its ε (only when
 * σ > 0), then the z's.
 */
public final class Sensor {

    /** The target row of one example from its hidden point (x₁, x₂) and its noise readings z. */
    @FunctionalInterface
    public interface Task {
        double[] label(double x1, double x2, double[] z);
    }

    private final long sensorSeed;
    private final double[][] a;
    private final double[] c;
    private final double sigma;
    private final int extra;

    Sensor(long sensorSeed, int readings, double sigma, int extra) {
        this.sensorSeed = sensorSeed;
        this.sigma = sigma;
        this.extra = extra;
        Random rng = new Random(sensorSeed);
        a = new double[readings][2];
        c = new double[readings];
        for (int i = 0; i < readings; i++) {
            a[i][0] = 1.5 * rng.nextGaussian();
            a[i][1] = 1.5 * rng.nextGaussian();
            c[i] = rng.nextGaussian();
        }
    }

    /** The same sensor seed with {@code readings} channels (default 40). */
    public Sensor readings(int readings) {
        if (readings < 1) {
            throw new IllegalArgumentException("A sensor needs at least one reading, e.g. 40. Received: readings=" + readings);
        }
        return new Sensor(sensorSeed, readings, sigma, extra);
    }

    /** Adds σ·N(0, 1) to every reading (default σ = 0), e.g. 0.05. */
    public Sensor readingNoise(double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("The reading noise must be a finite number >= 0, e.g. 0.05. Received: sigma="
                    + sigma);
        }
        return new Sensor(sensorSeed, a.length, sigma, extra);
    }

    /** Appends {@code count} pure-noise columns z ~ N(0, 1) after the readings (default 0), e.g. 8. */
    public Sensor noiseReadings(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of noise readings must be >= 0, e.g. 8. Received: count=" + count);
        }
        return new Sensor(sensorSeed, a.length, sigma, count);
    }

    /** Columns per example: the readings, then the noise readings. */
    public int features() { return a.length + extra; }

    /**
     * {@code n} examples drawn with {@code seed} (one seed per sample set: training, validation and
     * test sets use different seeds), each labelled by {@code task}.
     */
    public Dataset sample(int n, long seed, Task task) {
        if (n < 1) {
            throw new IllegalArgumentException("Ask for at least one example. Received: n=" + n);
        }
        if (task == null) {
            throw new IllegalArgumentException("Say what to label, e.g. sample(n, seed, Sensor.insideCircle(1.0)). Received: task=null");
        }
        Random rng = new Random(seed);
        double[][] x = new double[n][features()];
        double[][] y = new double[n][];
        for (int r = 0; r < n; r++) {
            double x1 = 4 * rng.nextDouble() - 2;
            double x2 = 4 * rng.nextDouble() - 2;
            for (int i = 0; i < a.length; i++) {
                x[r][i] = Math.tanh(a[i][0] * x1 + a[i][1] * x2 + c[i]) + (sigma > 0 ? sigma * rng.nextGaussian() : 0);
            }
            double[] z = new double[extra];
            for (int i = 0; i < extra; i++) {
                x[r][a.length + i] = z[i] = rng.nextGaussian();
            }
            y[r] = task.label(x1, x2, z);
        }
        return Dataset.of(x, y);
    }

    /** 1 when the hidden point lies inside the circle |x| &lt; radius, else 0 (one column). */
    public static Task insideCircle(double radius) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("The radius must be finite and > 0, e.g. 1.3. Received: radius=" + radius);
        }
        return (x1, x2, z) -> new double[] {Math.hypot(x1, x2) < radius ? 1 : 0};
    }

    /**
     * Which of {@code sectors} equal angular sectors around the origin holds the point, one-hot:
     * sector ⌊(atan2(x₂, x₁) + π)/(2π)·sectors⌋.
     */
    public static Task sector(int sectors) {
        if (sectors < 2) {
            throw new IllegalArgumentException("Use at least 2 sectors, e.g. 8. Received: sectors=" + sectors);
        }
        return (x1, x2, z) -> {
            double[] row = new double[sectors];
            row[(int) ((Math.atan2(x2, x1) + Math.PI) / (2 * Math.PI) * sectors) % sectors] = 1;
            return row;
        };
    }

    /** 1 when x₁ and x₂ have the same sign (x₁x₂ &gt; 0: first or third quadrant), else 0. */
    public static Task sameSign() {
        return (x1, x2, z) -> new double[] {x1 * x2 > 0 ? 1 : 0};
    }

    /** 1 when z₁z₂ &gt; 0, else 0: a task the readings know nothing about (needs 2 noise readings). */
    public static Task noiseSign() {
        return (x1, x2, z) -> {
            if (z.length < 2) {
                throw new IllegalArgumentException("noiseSign needs at least 2 noise readings; use sensor.noiseReadings(2)"
                        + " or more. Received: " + z.length + " noise readings");
            }
            return new double[] {z[0] * z[1] > 0 ? 1 : 0};
        };
    }

    @Override
    public String toString() {
        return "Sensor(seed " + sensorSeed + ", " + a.length + " readings, noise " + sigma + ", " + extra + " noise readings)";
    }
}
