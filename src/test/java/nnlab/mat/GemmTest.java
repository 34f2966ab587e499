package nnlab.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class GemmTest {

    private final Random rng = new Random(17);

    @Test
    void everyTransposeCombination_matchesEjml_onRandomShapes() {
        for (int trial = 0; trial < 60; trial++) {
            ProductCase p = ProductCase.random(rng, trial);
            DMatrixRMaj C = p.C();
            DMatrixRMaj expected = C.copy();
            // expected = β C + α op(A) op(B), computed by EJML on explicit transposes
            DMatrixRMaj opA = p.tA() ? CommonOps_DDRM.transpose(p.A(), null) : p.A();
            DMatrixRMaj opB = p.tB() ? CommonOps_DDRM.transpose(p.B(), null) : p.B();
            CommonOps_DDRM.scale(p.beta(), expected);
            CommonOps_DDRM.multAdd(p.alpha(), opA, opB, expected);
            Gemm.gemm(p.alpha(), p.A(), p.tA(), p.B(), p.tB(), p.beta(), C);
            assertClose(expected, C, p.label());
        }
    }

    @Test
    void timesTransposedB_matchesEjml_forSmallBsTransposedFirst_andLargeOnes() {
        // B of 16×16, 1×16 and 5×16 go through the transposed scratch copy, 40×40 does not
        for (int[] s : new int[][] {{1000, 16, 16}, {1000, 16, 1}, {64, 16, 5}, {300, 40, 40}, {1000, 16, 16}}) {
            DMatrixRMaj A = random(s[0], s[1]);
            DMatrixRMaj B = random(s[2], s[1]);
            DMatrixRMaj C = new DMatrixRMaj(1, 1);
            Gemm.multTransB(A, B, C);
            assertClose(CommonOps_DDRM.multTransB(A, B, null), C, s[0] + "x" + s[1] + " times (" + s[2] + "x" + s[1] + ")ᵀ");
        }
    }

    @Test
    void shortForms_reshapeTheOutput() {
        DMatrixRMaj A = random(5, 4);
        DMatrixRMaj B = random(4, 3);
        DMatrixRMaj C = new DMatrixRMaj(1, 1);
        Gemm.mult(A, B, C);
        assertClose(CommonOps_DDRM.mult(A, B, null), C, "mult");
        Gemm.multTransA(A, random(5, 6), C);
        assertEquals(4, C.numRows);
        assertEquals(6, C.numCols);
        DMatrixRMaj D = random(7, 4);
        Gemm.multTransB(A, D, C);
        assertClose(CommonOps_DDRM.multTransB(A, D, null), C, "multTransB");
    }

    @Test
    void betaZero_ignoresNaNInTheOutput() {
        DMatrixRMaj A = random(40, 40);
        DMatrixRMaj C = new DMatrixRMaj(40, 40);
        C.fill(Double.NaN);
        Gemm.mult(A, A, C);
        assertTrue(MatrixOps.allFinite(C));
    }

    @Test
    void mismatchedInnerSizes_nameBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gemm.mult(random(2, 3), random(4, 5), new DMatrixRMaj(1, 1)));
        assertTrue(e.getMessage().contains("2x3") && e.getMessage().contains("4x5"), e.getMessage());
    }

    @Test
    void implementation_isDescribed() {
        assertTrue(Gemm.implementation().contains(Gemm.isNative() ? "native BLAS" : "EJML"));
    }

    @Test
    void blasLibraries_areNamedFromTheirFiles() {
        assertEquals("OpenBLAS", Gemm.blasName("/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3"));
        assertEquals("OpenBLAS", Gemm.blasName("/opt/lib/libopenblas.so.0"));
        assertEquals("MKL", Gemm.blasName("/opt/intel/lib/libmkl_rt.so.2"));
        assertEquals("BLIS", Gemm.blasName("/usr/lib/x86_64-linux-gnu/blis-openmp/libblas.so.3"));
        assertEquals("reference BLAS (slow)", Gemm.blasName("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3"));
    }

    /**
     * {@code make test} installs OpenBLAS (Makefile target {@code blas}) and sets this variable,
     * so that a setup which silently left products on EJML or the reference BLAS fails here.
     */
    @Test
    void optimizedBlas_isLoaded_whenTheTestCommandAsksForIt() {
        assumeTrue("1".equals(System.getenv("NNLAB_REQUIRE_OPTIMIZED_BLAS")),
                "only under make test, which installs OpenBLAS");
        Gemm.mult(random(64, 64), random(64, 64), new DMatrixRMaj(1, 1)); // the library is loaded by now
        assertTrue(Gemm.isOptimized(), "matrix products run on " + Gemm.implementation()
                + "; install OpenBLAS (Debian/Ubuntu: apt-get install libopenblas0)");
        assertTrue(Gemm.loadedBlasLibrary().contains("blas"), Gemm.loadedBlasLibrary());
    }

    private DMatrixRMaj random(int rows, int cols) {
        return ProductCase.matrix(rows, cols, rng);
    }

    private static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual, String what) {
        assertEquals(expected.numRows, actual.numRows, what);
        assertEquals(expected.numCols, actual.numCols, what);
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertEquals(expected.data[i], actual.data[i], 1e-12, what + " entry " + i);
        }
    }
}
