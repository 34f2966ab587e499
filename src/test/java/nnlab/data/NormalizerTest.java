package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void trainingColumns_mapToZeroOne_andTestDataUsesTheTrainingMinAndMax() {
        Dataset train = Dataset.of(new double[][] {{2, -1}, {4, 1}, {6, 3}}, new double[][] {{0}, {1}, {1}});
        Normalizer n = Normalizer.fit(train);
        Dataset scaled = n.apply(train);
        // column 0: (x − 2)/4, column 1: (x + 1)/4
        assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1, 1}, scaled.xView().data, 1e-15);
        assertArrayEquals(train.yView().data, scaled.yView().data, 0.0);
        DMatrixRMaj test = new DMatrixRMaj(new double[][] {{8, -1}});
        assertArrayEquals(new double[] {1.5, 0}, n.apply(test).data, 1e-15, "not clamped");
        assertArrayEquals(new double[] {8, -1}, test.data, 0.0, "the input is not modified");
        assertArrayEquals(new double[] {2, -1}, n.min(), 0.0);
        assertArrayEquals(new double[] {6, 3}, n.max(), 0.0);
    }

    @Test
    void aConstantColumn_becomesZero_notNaN() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{5, 0}, {5, 1}});
        DMatrixRMaj scaled = Normalizer.fit(x).apply(x);
        assertArrayEquals(new double[] {0, 0, 0, 1}, scaled.data, 0.0);
        assertArrayEquals(new double[] {1, 0}, Normalizer.fit(x).apply(new DMatrixRMaj(new double[][] {{6, 0}})).data, 0.0);
    }

    @Test
    void aDifferentWidth_isRejectedNamingBoth() {
        Normalizer n = Normalizer.fit(new DMatrixRMaj(new double[][] {{1, 2}}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> n.apply(new DMatrixRMaj(new double[][] {{1, 2, 3}})));
        assertTrue(e.getMessage().contains("2 features") && e.getMessage().contains("has 3"), e.getMessage());
        DMatrixRMaj bad = new DMatrixRMaj(new double[][] {{1, Double.NaN}});
        assertThrows(IllegalArgumentException.class, () -> Normalizer.fit(bad));
    }

    @Test
    void aRangeWiderThanTheLargestDouble_stillMapsToZeroOne() {
        // max − min = 2e308 overflows; (x/2 − min/2)/(max/2 − min/2) does not
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{-1e308}, {0}, {1e308}});
        assertArrayEquals(new double[] {0, 0.5, 1}, Normalizer.fit(x).apply(x).data, 1e-15);
    }

    @Test
    void theMinimaAndMaxima_areCopies() {
        Normalizer n = Normalizer.fit(new DMatrixRMaj(new double[][] {{1}, {3}}));
        n.min()[0] = 99;
        n.max()[0] = -99;
        assertArrayEquals(new double[] {1}, n.min(), 0.0);
        assertArrayEquals(new double[] {3}, n.max(), 0.0);
    }
}
