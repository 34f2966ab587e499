package nnlab.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;

class InitTest {

    private static final int N = 200;
    private static final int M = 300;

    private static DMatrixRMaj draw(Init init) {
        DMatrixRMaj W = new DMatrixRMaj(N, M);
        init.fill(W, N, M, new Random(1));
        return W;
    }

    private static double variance(DMatrixRMaj W) {
        double s = 0;
        for (double v : W.data) {
            s += v * v;
        }
        return s / W.getNumElements();
    }

    private static double maxAbs(DMatrixRMaj W) {
        return CommonOps_DDRM.elementMaxAbs(W);
    }

    @Test
    void eachScheme_hasItsTheoreticalVariance() {
        // U[−a, a] has variance a²/3
        assertEquals(1.0 / N / 3, variance(draw(Init.xavierFanIn())), 0.03 / N / 3);
        assertEquals(2.0 / (N + M), variance(draw(Init.normalizedXavier())), 0.03 * 2.0 / (N + M));
        assertEquals(2.0 / (N + M), variance(draw(Init.xavierNormal())), 0.03 * 2.0 / (N + M));
        assertEquals(2.0 / N, variance(draw(Init.heNormal())), 0.03 * 2.0 / N);
        assertEquals(2.0 / N, variance(draw(Init.heUniform())), 0.03 * 2.0 / N);
        assertEquals(1.0 / N, variance(draw(Init.lecunNormal())), 0.03 / N);
        assertEquals(1.0 / N, variance(draw(Init.lecunUniform())), 0.03 / N);
        assertEquals(0.01, variance(draw(Init.normal(0.1))), 0.0005);
        assertEquals(0.25 / 3, variance(draw(Init.uniform(0.5))), 0.003);
    }

    @Test
    void uniformSchemes_stayInsideTheirBounds() {
        assertTrue(maxAbs(draw(Init.xavierFanIn())) <= 1 / Math.sqrt(N));
        assertTrue(maxAbs(draw(Init.normalizedXavier())) <= Math.sqrt(6) / Math.sqrt(N + M));
        assertTrue(maxAbs(draw(Init.heUniform())) <= Math.sqrt(6.0 / N));
    }

    @Test
    void constant_fillsEveryWeight() {
        DMatrixRMaj W = draw(Init.constant(0.3));
        assertEquals(0.3, CommonOps_DDRM.elementMin(W));
        assertEquals(0.3, CommonOps_DDRM.elementMax(W));
        assertEquals(0.0, maxAbs(draw(Init.zeros())));
    }

    @Test
    void orthogonal_hasOrthonormalColumnsOrRows() {
        DMatrixRMaj tall = new DMatrixRMaj(6, 4);
        Init.orthogonal().fill(tall, 6, 4, new Random(3));
        assertTrue(MatrixFeatures_DDRM.isIdentical(CommonOps_DDRM.multTransA(tall, tall, null), CommonOps_DDRM.identity(4), 1e-12));
        DMatrixRMaj wide = new DMatrixRMaj(3, 5);
        Init.orthogonal(2.0).fill(wide, 3, 5, new Random(3));
        DMatrixRMaj expected = CommonOps_DDRM.identity(3);
        CommonOps_DDRM.scale(4.0, expected);
        assertTrue(MatrixFeatures_DDRM.isIdentical(CommonOps_DDRM.multTransB(wide, wide, null), expected, 1e-12));
    }

    @Test
    void sameSeed_sameWeights() {
        assertArrayEquals(draw(Init.heNormal()).data, draw(Init.heNormal()).data, 0.0);
    }

    @Test
    void badParameters_areRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Init.normal(-1));
        assertTrue(e.getMessage().contains("stddev=-1.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Init.uniform(0));
        assertThrows(IllegalArgumentException.class, () -> Init.constant(Double.NaN));
    }

    @Test
    void glorotUniform_isNormalizedXavier_andNotTheFanInScheme() {
        assertArrayEquals(draw(Init.normalizedXavier()).data, draw(Init.glorotUniform()).data, 0.0);
        // Var U[±√6/√(n+m)] / Var U[±1/√n] = (2/(n+m)) / (1/(3n)) = 6n/(n+m) = 2.4 for n = 200, m = 300
        assertEquals(2.4, variance(draw(Init.glorotUniform())) / variance(draw(Init.xavierFanIn())), 0.12);
    }

    @Test
    @SuppressWarnings("deprecation")
    void xavierUniform_isAmbiguous_andNamesBothSchemes() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, Init::xavierUniform);
        assertTrue(e.getMessage().contains("Init.xavierFanIn()") && e.getMessage().contains("Init.normalizedXavier()"),
                e.getMessage());
    }
}
