package nnlab.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FunctionsTest {

    @Test
    void tanh_isWithinFiveUlpsOfStrictMath_fromTinyToSaturated() {
        Random rng = new Random(7);
        double[] scales = {1e-8, 1e-3, 0.3, 0.7, 2, 5, 30};
        double worstRel = 0;
        double worstAbs = 0;
        for (int i = 0; i < 700_000; i++) {
            double x = rng.nextGaussian() * scales[i % scales.length];
            double exact = StrictMath.tanh(x);
            double got = Functions.tanh(x);
            assertTrue(Math.abs(got) <= 1, "|tanh| > 1 at " + x);
            worstAbs = Math.max(worstAbs, Math.abs(got - exact));
            if (exact != 0) {
                worstRel = Math.max(worstRel, Math.abs(got - exact) / Math.abs(exact));
            }
        }
        assertTrue(worstRel < 1.1e-15, "relative error " + worstRel);
        assertTrue(worstAbs <= 5.6e-16, "absolute error " + worstAbs);
    }

    @Test
    void tanh_isOdd_andKeepsSpecialValues() {
        Random rng = new Random(8);
        for (int i = 0; i < 10_000; i++) {
            double x = rng.nextGaussian() * 3;
            assertEquals(-Functions.tanh(x), Functions.tanh(-x));
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Functions.tanh(-0.0)));
        assertEquals(0.0, Functions.tanh(0.0));
        assertEquals(1.0, Functions.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Functions.tanh(-1e300));
        assertTrue(Double.isNaN(Functions.tanh(Double.NaN)));
        assertEquals(1e-300, Functions.tanh(1e-300), 2e-315);
        assertEquals(1.0, Functions.tanh(20));
        assertEquals(-1.0, Functions.tanh(-20.5));
        assertEquals(1.0, Functions.tanh(1e300));
    }

    @Test
    void tanh_finiteDifferencesAgreeWithOneMinusTanhSquared() {
        Random rng = new Random(10);
        double h = 1e-6;
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double x = rng.nextGaussian() * 3;
            double numeric = (Functions.tanh(x + h) - Functions.tanh(x - h)) / (2 * h);
            double y = Functions.tanh(x);
            worst = Math.max(worst, Math.abs(numeric - (1 - y * y)));
        }
        assertTrue(worst < 1e-9, "finite difference error " + worst);
    }

    @Test
    void tanhArray_matchesScalarEntryByEntry() {
        double[] z = {-3, -0.5, 0, 0.1, 0.7, 25};
        double[] y = new double[z.length];
        Functions.tanh(z, y, z.length);
        for (int i = 0; i < z.length; i++) {
            assertEquals(Functions.tanh(z[i]), y[i]);
        }
    }

    @Test
    void log1p_isWithinAFewUlpsOfStrictMath_fromTinyToLarge() {
        Random rng = new Random(9);
        double worst = 0;
        for (int i = 0; i < 300_000; i++) {
            double x = switch (i % 4) {
                case 0 -> Math.exp(-700 * rng.nextDouble());      // 1e-304 .. 1
                case 1 -> rng.nextDouble();                        // the loss's range, e^{-|z|} in (0, 1]
                case 2 -> -0.999 * rng.nextDouble();               // towards −1
                default -> Math.exp(14 * rng.nextDouble());        // 1 .. 1e6
            };
            double exact = StrictMath.log1p(x);
            worst = Math.max(worst, Math.abs(Functions.log1p(x) - exact) / Math.abs(exact));
        }
        assertTrue(worst < 1e-15, "relative error " + worst);
        assertEquals(0.0, Functions.log1p(0.0));
        assertEquals(1e-300, Functions.log1p(1e-300));
        assertEquals(Double.NEGATIVE_INFINITY, Functions.log1p(-1.0));
        assertEquals(StrictMath.log1p(1e300), Functions.log1p(1e300), 1e-12 * StrictMath.log1p(1e300));
    }
}
