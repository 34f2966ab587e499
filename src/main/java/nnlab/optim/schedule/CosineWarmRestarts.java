package nnlab.optim.schedule;

/**
 * Cosine annealing with warm restarts (SGDR; Loshchilov &amp; Hutter, ICLR 2017, eq. 5):
 * η = η<sub>min</sub> + ½(η₀ − η<sub>min</sub>)(1 + cos(π·T<sub>cur</sub>/Tᵢ)), where
 * T<sub>cur</sub> counts epochs since the last restart and the i-th period lasts
 * Tᵢ = T₀·mⁱ epochs. At each restart η jumps back to η₀ (PyTorch's
 * {@code CosineAnnealingWarmRestarts}).
 *
 * @param initialRate η₀ ≥ 0
 * @param firstPeriod T₀ ≥ 1
 * @param periodMultiplier m ≥ 1 (1: equal periods; 2: each twice as long as the one before)
 * @param minRate η<sub>min</sub> ∈ [0, η₀]
 */
public record CosineWarmRestarts(double initialRate, int firstPeriod, int periodMultiplier, double minRate)
        implements Schedule {

    public CosineWarmRestarts {
        Check.rate("initialRate", initialRate);
        Check.positive("firstPeriod", firstPeriod, "10");
        if (periodMultiplier < 1) {
            throw new IllegalArgumentException("periodMultiplier must be a whole number >= 1, e.g. 2. Received: periodMultiplier="
                    + periodMultiplier);
        }
        Check.rate("minRate", minRate);
        if (minRate > initialRate) {
            throw new IllegalArgumentException("minRate must not exceed initialRate (" + initialRate
                    + "). Received: minRate=" + minRate);
        }
    }

    @Override
    public double rate(int epoch) {
        long tCur = Check.epoch(epoch);
        long period = firstPeriod;
        if (periodMultiplier == 1) {
            tCur %= period;
        } else {
            while (tCur >= period) {
                tCur -= period;
                period *= periodMultiplier;
            }
        }
        return minRate + 0.5 * (initialRate - minRate) * (1 + Math.cos(Math.PI * tCur / period));
    }
}
