package nnlab.optim.schedule;

/**
 * Cosine annealing (Loshchilov &amp; Hutter, "SGDR: Stochastic Gradient Descent with Warm
 * Restarts", ICLR 2017, eq. 5, without restarts):
 * η<sub>e</sub> = η<sub>min</sub> + ½(η₀ − η<sub>min</sub>)(1 + cos(π·e/T)) for e ≤ T, and
 * η<sub>min</sub> after that (as Keras' {@code CosineDecay}; PyTorch's {@code CosineAnnealingLR}
 * would climb back up).
 *
 * @param initialRate η₀ ≥ 0
 * @param period T ≥ 1, the epoch at which η reaches η<sub>min</sub>
 * @param minRate η<sub>min</sub> ∈ [0, η₀]
 */
public record Cosine(double initialRate, int period, double minRate) implements Schedule {

    public Cosine {
        Check.rate("initialRate", initialRate);
        Check.positive("period", period, "50");
        Check.rate("minRate", minRate);
        if (minRate > initialRate) {
            throw new IllegalArgumentException("minRate must not exceed initialRate (" + initialRate
                    + "). Received: minRate=" + minRate);
        }
    }

    @Override
    public double rate(int epoch) {
        int e = Math.min(Check.epoch(epoch), period);
        return minRate + 0.5 * (initialRate - minRate) * (1 + Math.cos(Math.PI * e / period));
    }
}
