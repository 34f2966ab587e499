package nnlab.optim.schedule;

/**
 * A learning-rate schedule: the rate η to use in each epoch.
 *
 * <p>Protocol for the training loop: {@link #reset()} at the start of a run; at the start of
 * every epoch e (counted from 0) {@code optimizer.setLearningRate(schedule.rate(e))}; at the end
 * of the epoch {@link #observe(int, double)} with the monitored value (validation loss, say).
 * Only {@link ReduceOnPlateau} uses the observations; the others are pure functions of e.
 *
 * <p>{@link #values(int)} lists η for epochs 0 … n−1, for plotting a schedule before training.
 *
 * <pre>{@code
 *   Schedule.step(0.1, 10, 0.5)                 // halve every 10 epochs
 *   Schedule.cosine(0.1, 50, 0.0)
 *   Schedule.warmup(5, Schedule.cosine(0.1, 45, 0.0))
 *   Schedule.reduceOnPlateau(0.1, 0.5, 3)
 * }</pre>
 */
public interface Schedule {

    /** η for epoch {@code epoch} (0 is the first epoch). */
    double rate(int epoch);

    /** Tells the schedule the monitored value at the end of {@code epoch}; ignored by most. */
    default void observe(int epoch, double monitored) {
    }

    /** Forgets what was observed; called at the start of each run. */
    default void reset() {
    }

    /** η for epochs 0 … epochs−1, after a {@link #reset()}. */
    default double[] values(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("The number of epochs must be >= 0, e.g. 50. Received: epochs=" + epochs);
        }
        reset();
        double[] eta = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            eta[e] = rate(e);
        }
        return eta;
    }

    /** η<sub>e</sub> = η₀ for every epoch. */
    static Schedule constant(double rate) {
        return new ConstantRate(rate);
    }

    /** Step decay η<sub>e</sub> = η₀·γ^⌊e / stepSize⌋: multiply by γ every {@code stepSize} epochs. */
    static Schedule step(double initialRate, int stepSize, double gamma) {
        return new StepDecay(initialRate, stepSize, gamma);
    }

    /** η<sub>e</sub> = η₀·γ^(number of milestones ≤ e): multiply by γ at each listed epoch. */
    static Schedule multiStep(double initialRate, double gamma, int... milestones) {
        return new MultiStep(initialRate, gamma, milestones);
    }

    /** η<sub>e</sub> = η₀·γ^e. */
    static Schedule exponential(double initialRate, double gamma) {
        return new Exponential(initialRate, gamma);
    }

    /** η<sub>e</sub> = η₀ / (1 + decay·e). */
    static Schedule inverseTime(double initialRate, double decay) {
        return new InverseTime(initialRate, decay);
    }

    /** Cosine annealing from η₀ to η<sub>min</sub> over {@code period} epochs, then η<sub>min</sub>. */
    static Schedule cosine(double initialRate, int period, double minRate) {
        return new Cosine(initialRate, period, minRate);
    }

    /** Cosine annealing restarted at η₀ after each period; periods grow by {@code periodMultiplier}. */
    static Schedule cosineWarmRestarts(double initialRate, int firstPeriod, int periodMultiplier, double minRate) {
        return new CosineWarmRestarts(initialRate, firstPeriod, periodMultiplier, minRate);
    }

    /** Triangular cyclical rate: up from η<sub>min</sub> to η<sub>max</sub> in {@code halfCycle} epochs, down again, repeat. */
    static Schedule cyclical(double minRate, double maxRate, int halfCycle) {
        return new Cyclical(minRate, maxRate, halfCycle);
    }

    /** Linear warm-up over {@code epochs} epochs up to {@code then.rate(0)}, then {@code then}, shifted. */
    static Schedule warmup(int epochs, Schedule then) {
        return new Warmup(epochs, then);
    }

    /** Multiply η by {@code factor} after {@code patience} epochs without improvement of a minimised value. */
    static ReduceOnPlateau reduceOnPlateau(double initialRate, double factor, int patience) {
        return new ReduceOnPlateau(initialRate, factor, patience);
    }
}
