package nnlab.plot;

/**
 * Equal-width bins over the range of some values, with the fraction of the values in each.
 * Non-finite values are left out; all-equal values get one unit-wide range around them.
 */
record Histogram(double[] centres, double[] fractions, double width, double mean, double std) {

    static Histogram of(double[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("No finite value to draw a histogram of (" + values.length
                    + " values, all NaN or infinite: has training diverged?).");
        }
        if (hi == lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        // every sum below is of terms scaled by 1/n or 1/s, so values near ±1e308 do not overflow
        double s = Math.max(Math.abs(lo), Math.abs(hi));
        double mean = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                mean += v / n;
            }
        }
        double sq = 0;
        double width = hi / bins - lo / bins;
        double[] fractions = new double[bins];
        for (double v : values) {
            if (Double.isFinite(v)) {
                double d = v / s - mean / s;
                sq += d * d;
                // the top edge belongs to the last bin
                fractions[Math.min(bins - 1, (int) (v / width - lo / width))] += 1.0 / n;
            }
        }
        double[] centres = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = lo + (b + 0.5) * width;
        }
        return new Histogram(centres, fractions, width, mean, s * Math.sqrt(sq / n));
    }
}
