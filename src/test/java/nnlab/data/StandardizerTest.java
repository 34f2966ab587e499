package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    /** A column c·(1, 2, 3, 4): μ = 2.5c, s = |c|·sqrt(1.25) (population), x' = sign(c)·(k − 2.5)/sqrt(1.25). */
    private static void assertClosedForm(double c) {
        Dataset d = Dataset.of(new double[][] {{1 * c}, {2 * c}, {3 * c}, {4 * c}}, new double[][] {{0}, {1}, {0}, {1}});
        Standardizer s = Standardizer.fit(d);
        assertEquals(2.5 * c, s.mean()[0], 1e-15 * 2.5 * Math.abs(c), "μ at scale " + c);
        assertEquals(Math.sqrt(1.25) * Math.abs(c), s.std()[0], 1e-15 * Math.abs(c), "s at scale " + c);
        double r = Math.sqrt(1.25) * Math.signum(c);
        assertArrayEquals(new double[] {-1.5 / r, -0.5 / r, 0.5 / r, 1.5 / r}, s.apply(d).xView().data, 1e-15,
                "standardized at scale " + c);
    }

    @Test
    void aColumnNear1e200_getsItsTrueSpread_notInfinityAndZeros() {
        assertClosedForm(1e200);
        assertClosedForm(-1e200);
        assertClosedForm(1e300);
    }

    @Test
    void aColumnNear1eMinus200_isNotTakenForAConstant() {
        assertClosedForm(1e-200);
    }

    @Test
    void extremesOfBothSigns_standardizeToPlusMinusOne() {
        // x = ±1e308: μ = 0, s = 1e308 (x − μ would be fine, but x² overflows)
        Dataset d = Dataset.of(new double[][] {{1e308}, {-1e308}}, new double[][] {{0}, {1}});
        Standardizer s = Standardizer.fit(d);
        assertEquals(0.0, s.mean()[0], 0.0);
        assertEquals(1e308, s.std()[0], 1e293);
        assertArrayEquals(new double[] {1, -1}, s.apply(d).xView().data, 1e-15);
    }

    @Test
    void ordinaryColumns_giveBitForBitTheUnscaledFormula() {
        Random rng = new Random(3);
        double[][] x = new double[50][3];
        double[][] y = new double[50][1];
        for (double[] row : x) {
            row[0] = rng.nextGaussian() * 7 + 3;
            row[1] = rng.nextDouble() * 1e-3;
            row[2] = rng.nextInt(100);
        }
        Standardizer s = Standardizer.fit(Dataset.of(x, y));
        for (int j = 0; j < 3; j++) {
            // the formula before scaling: μ = Σ x/N, s = sqrt(Σ (x − μ)²/N), in the same order
            double mu = 0;
            for (double[] row : x) {
                mu += row[j] / x.length;
            }
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mu) * (row[j] - mu) / x.length;
            }
            assertEquals(mu, s.mean()[j], 0.0, "μ of column " + j);
            assertEquals(Math.sqrt(var), s.std()[j], 0.0, "s of column " + j);
        }
    }

    @Test
    void theStatistics_areCopies() {
        Standardizer s = Standardizer.fit(Dataset.of(new double[][] {{1}, {3}}, new double[][] {{0}, {1}}));
        s.mean()[0] = 99;
        s.std()[0] = 99;
        assertEquals(2.0, s.mean()[0], 0.0);
        assertEquals(1.0, s.std()[0], 0.0);
    }
}
