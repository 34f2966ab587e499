package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void valuesNearTheLargestDouble_fallInTheEndBins_withAFiniteMeanAndSpread() {
        // hi − lo = 2e308 overflows; the bins, mean and spread must not
        Histogram h = Histogram.of(new double[] {-1e308, 1e308}, 4);
        assertEquals(0.5, h.fractions()[0], 1e-15);
        assertEquals(0.5, h.fractions()[3], 1e-15);
        assertEquals(0.0, h.mean(), 1e-15);
        assertEquals(1e308, h.std(), 1e293);
        assertTrue(Double.isFinite(h.width()) && h.width() > 0, "width " + h.width());
    }

    @Test
    void ordinaryValues_fillTheBinsTheyLieIn() {
        Histogram h = Histogram.of(new double[] {0, 1, 2, 3, Double.NaN}, 4);
        assertEquals(0.25, h.fractions()[0], 1e-15);
        assertEquals(0.25, h.fractions()[1], 1e-15);
        assertEquals(0.25, h.fractions()[2], 1e-15);
        assertEquals(0.25, h.fractions()[3], 1e-15);
        assertEquals(1.5, h.mean(), 1e-15);
        assertEquals(Math.sqrt(1.25), h.std(), 1e-15);
    }
}
