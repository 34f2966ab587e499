package nnlab.optim.schedule;

/**
 * Linear warm-up composed with any schedule (Goyal et al., "Accurate, Large Minibatch SGD",
 * 2017): for the first W epochs η<sub>e</sub> = η*·(e + 1)/W with η* = {@code then.rate(0)}, so
 * the rate climbs in equal steps and reaches η* in epoch W − 1; from epoch W on,
 * η<sub>e</sub> = {@code then.rate(e − W)}: the following schedule starts when warm-up ends.
 * Observations and resets are passed on to {@code then}.
 *
 * @param epochs W ≥ 1 warm-up epochs
 * @param then the schedule that follows
 */
public record Warmup(int epochs, Schedule then) implements Schedule {

    public Warmup {
        Check.positive("epochs", epochs, "5");
        if (then == null) {
            throw new IllegalArgumentException("Give the schedule that follows the warm-up, e.g. Schedule.constant(0.1). Received: then=null");
        }
    }

    @Override
    public double rate(int epoch) {
        Check.epoch(epoch);
        if (epoch < epochs) {
            return then.rate(0) * (epoch + 1) / epochs;
        }
        return then.rate(epoch - epochs);
    }

    @Override
    public void observe(int epoch, double monitored) {
        if (epoch >= epochs) {
            then.observe(epoch - epochs, monitored);
        }
    }

    @Override
    public void reset() {
        then.reset();
    }
}
