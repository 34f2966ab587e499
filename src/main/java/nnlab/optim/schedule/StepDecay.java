package nnlab.optim.schedule;

/**
 * Step decay: η<sub>e</sub> = η₀·γ^⌊e / s⌋, the rate multiplied by γ every s epochs (PyTorch's
 * {@code StepLR}).
 *
 * @param initialRate η₀ ≥ 0
 * @param stepSize s ≥ 1 epochs between drops
 * @param gamma γ ∈ (0, 1], the factor at each drop
 */
public record StepDecay(double initialRate, int stepSize, double gamma) implements Schedule {

    public StepDecay {
        Check.rate("initialRate", initialRate);
        Check.positive("stepSize", stepSize, "10");
        Check.factor("gamma", gamma);
    }

    @Override
    public double rate(int epoch) {
        return initialRate * Math.pow(gamma, Check.epoch(epoch) / stepSize);
    }
}
