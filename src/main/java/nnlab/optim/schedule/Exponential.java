package nnlab.optim.schedule;

/**
 * Exponential decay: η<sub>e</sub> = η₀·γ^e, the rate multiplied by γ every epoch (PyTorch's
 * {@code ExponentialLR}).
 *
 * @param initialRate η₀ ≥ 0
 * @param gamma γ ∈ (0, 1], e.g. 0.95
 */
public record Exponential(double initialRate, double gamma) implements Schedule {

    public Exponential {
        Check.rate("initialRate", initialRate);
        Check.factor("gamma", gamma);
    }

    @Override
    public double rate(int epoch) {
        return initialRate * Math.pow(gamma, Check.epoch(epoch));
    }
}
