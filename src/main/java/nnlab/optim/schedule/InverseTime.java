package nnlab.optim.schedule;

/**
 * Inverse-time decay: η<sub>e</sub> = η₀ / (1 + d·e). It falls like 1/e, the rate classical
 * stochastic-approximation theory asks for (Σηₑ = ∞, Σηₑ² &lt; ∞), and more gently than
 * exponential decay late in training.
 *
 * @param initialRate η₀ ≥ 0
 * @param decay d ≥ 0; the rate halves at epoch 1/d
 */
public record InverseTime(double initialRate, double decay) implements Schedule {

    public InverseTime {
        Check.rate("initialRate", initialRate);
        Check.nonNegative("decay", decay, "0.1");
    }

    @Override
    public double rate(int epoch) {
        return initialRate / (1 + decay * Check.epoch(epoch));
    }
}
