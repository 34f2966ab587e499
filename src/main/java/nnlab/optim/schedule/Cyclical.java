package nnlab.optim.schedule;

/**
 * Triangular cyclical learning rate (Smith, "Cyclical Learning Rates for Training Neural
 * Networks", WACV 2017): η climbs linearly from η<sub>min</sub> to η<sub>max</sub> in s epochs,
 * falls back in s more, and repeats. With c = ⌊1 + e/(2s)⌋ and x = |e/s − 2c + 1|,
 * η<sub>e</sub> = η<sub>min</sub> + (η<sub>max</sub> − η<sub>min</sub>)·max(0, 1 − x).
 *
 * @param minRate η<sub>min</sub> ≥ 0, the rate at epochs 0, 2s, 4s, …
 * @param maxRate η<sub>max</sub> ≥ η<sub>min</sub>, the rate at epochs s, 3s, …
 * @param halfCycle s ≥ 1 epochs from bottom to top
 */
public record Cyclical(double minRate, double maxRate, int halfCycle) implements Schedule {

    public Cyclical {
        Check.rate("minRate", minRate);
        Check.rate("maxRate", maxRate);
        if (maxRate < minRate) {
            throw new IllegalArgumentException("maxRate must be at least minRate (" + minRate + "). Received: maxRate="
                    + maxRate);
        }
        Check.positive("halfCycle", halfCycle, "4");
    }

    @Override
    public double rate(int epoch) {
        double e = Check.epoch(epoch);
        double c = Math.floor(1 + e / (2.0 * halfCycle));
        double x = Math.abs(e / halfCycle - 2 * c + 1);
        return minRate + (maxRate - minRate) * Math.max(0, 1 - x);
    }
}
