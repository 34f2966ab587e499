package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nnlab.diagnose.BiasVariance;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class BiasVariancePlotsTest {

    private static BiasVariance.Estimate estimate(double shift) {
        // points x = 2, 0, 1 (unsorted); two sets predicting x + shift ± 1
        var x = new DMatrixRMaj(3, 1, true, 2, 0, 1);
        double[][] p = {{2 + shift + 1, shift + 1, 1 + shift + 1}, {2 + shift - 1, shift - 1, 1 + shift - 1}};
        return new BiasVariance.Estimate(x, new double[] {2, 0, 1}, p, 0.5);
    }

    @Test
    void curves_drawBiasVarianceAndTheirSumPerSetting() {
        var f = FigureJson.of(BiasVariancePlots.curves("c", "λ", new double[] {0, 1}, List.of(estimate(0), estimate(2))));
        assertEquals(List.of("bias²", "variance", "bias² + variance + σ²"), f.names());
        assertEquals(0.0, f.trace("bias²").get("y").get(0).asDouble(), 1e-12);
        assertEquals(4.0, f.trace("bias²").get("y").get(1).asDouble(), 1e-12);
        assertEquals(1.0, f.trace("variance").get("y").get(1).asDouble(), 1e-12);
        assertEquals(5.5, f.trace("bias² + variance + σ²").get("y").get(1).asDouble(), 1e-12);
    }

    @Test
    void fits_drawEverySetThenTheMeanAndTheTruth_inIncreasingX() {
        var f = FigureJson.of(BiasVariancePlots.fits("f", estimate(2)));
        assertEquals(4, f.traces().size());
        var mean = f.trace("mean prediction E_S[h_S(x)]");
        assertEquals(0.0, mean.get("x").get(0).asDouble(), 0);
        assertEquals(2.0, mean.get("y").get(0).asDouble(), 1e-12);   // x = 0 → 0 + shift
        assertEquals(4.0, mean.get("y").get(2).asDouble(), 1e-12);   // x = 2
    }

    @Test
    void table_hasOneRowPerEstimate() {
        var t = BiasVariancePlots.table(Series.of("small", estimate(0), "large", estimate(2)));
        assertEquals(2, t.rowCount());
        assertEquals(4.0, t.doubleColumn("bias²").get(1), 1e-12);
        assertEquals(5.5, t.doubleColumn("expected error").get(1), 1e-12);
    }
}
