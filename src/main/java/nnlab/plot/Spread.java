package nnlab.plot;

/**
 * Mean and standard deviation over runs at each x: mean_i = (1/r) Σ_r v[r][i] and
 * std_i = √((1/r) Σ_r (v[r][i] − mean_i)²), over the runs whose value at i is not NaN
 * (NaN where none is).
 */
record Spread(double[] mean, double[] std, int runs) {

    static Spread of(String name, int points, double[][] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("'" + name + "' has no runs; give one row of values per run.");
        }
        double[] mean = new double[points];
        double[] std = new double[points];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != points) {
                throw new IllegalArgumentException("Run " + r + " of '" + name + "' has " + values[r].length
                        + " values but x has " + points + "; give one value per x.");
            }
        }
        for (int i = 0; i < points; i++) {
            double sum = 0;
            int n = 0;
            for (double[] run : values) {
                if (!Double.isNaN(run[i])) {
                    sum += run[i];
                    n++;
                }
            }
            mean[i] = n == 0 ? Double.NaN : sum / n;
            double sq = 0;
            for (double[] run : values) {
                if (!Double.isNaN(run[i])) {
                    sq += (run[i] - mean[i]) * (run[i] - mean[i]);
                }
            }
            std[i] = n == 0 ? Double.NaN : Math.sqrt(sq / n);
        }
        return new Spread(mean, std, values.length);
    }
}
