package nnlab.optim.schedule;

/**
 * η<sub>e</sub> = η₀: the learning rate never changes. Named {@code ConstantRate}, not
 * {@code Constant}, because a notebook star-imports both {@code nnlab.init} and
 * {@code nnlab.optim.schedule}, and {@code nnlab.init.Constant} (the constant initial weight) keeps
 * the short name. Usually reached as {@link Schedule#constant(double)}.
 */
public record ConstantRate(double rate) implements Schedule {

    public ConstantRate {
        Check.rate("rate", rate);
    }

    @Override
    public double rate(int epoch) {
        Check.epoch(epoch);
        return rate;
    }
}
