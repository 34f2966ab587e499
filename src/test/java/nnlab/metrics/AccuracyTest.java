package nnlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class AccuracyTest {

    @Test
    void countsTheRowsWhoseClassMatches() {
        DMatrixRMaj p = new DMatrixRMaj(new double[][] {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}, {0, 1}});
        assertEquals(2 / 3.0, Metric.accuracy().compute(p, y), 1e-15);
    }

    @Test
    void aNaNPrediction_givesNaN_notTheShareOfClassZero() {
        // every target is class 0: counting NaN rows as class 0 would report 100 %
        DMatrixRMaj p = new DMatrixRMaj(new double[][] {{Double.NaN}, {Double.NaN}, {0.1}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{0}, {0}, {0}});
        assertTrue(Double.isNaN(Metric.accuracy().compute(p, y)));
    }
}
