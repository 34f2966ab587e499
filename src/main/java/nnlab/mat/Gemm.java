package nnlab.mat;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.data.ReshapeMatrix;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The one place where nnlab multiplies matrices: {@code C = α·op(A)·op(B) + β·C}, where
 * {@code op(X)} is {@code X} or {@code Xᵀ}.
 *
 * <p>Behind it sits the fastest path measured on the machine. When {@code dev.ludovic.netlib}
 * finds a native BLAS (the system's OpenBLAS), products go to {@code dgemm}; for tiny products
 * (fewer than {@value #SMALL} multiply-adds, where the JNI call costs more than the work) and
 * when only a pure-Java BLAS is available, EJML's {@link CommonOps_DDRM} does the work.
 * Measured on the 2-core development machine: dgemm 26 GFLOP/s at 16³ and 91 GFLOP/s at 1024³,
 * EJML 3.3 and 5.8 GFLOP/s; EJML wins only below about 8³.
 *
 * <p>EJML stores matrices row-major and BLAS reads them column-major. A row-major {@code m×n}
 * array is the column-major array of its transpose, so instead of copying we ask BLAS for
 * {@code Cᵀ = op(B)ᵀ·op(A)ᵀ}, which lands in {@code C}'s array already in row-major order.
 *
 * <p>Two more measured choices (W2's shapes, 1,000 rows of 16 or fewer columns, OpenBLAS on
 * one thread): {@code A·Bᵀ} runs twice as fast when a small {@code B} (at most
 * {@value #TRANSPOSE_B} entries, e.g. a 16×16 weight matrix) is first transposed into a scratch
 * matrix and the product is taken as {@code A·(Bᵀ)} (11 µs instead of 21 µs for
 * 1000×16·(16×16)ᵀ); and a column sum {@code 1ᵀA} (a bias gradient) is a matrix-vector product
 * {@code dgemv}, 2 µs instead of 7 µs for a Java loop over 1000×16 (see {@link #sumColumns}).
 *
 * <p>In {@link Precision#MIXED} the same products run in float32: {@link #sgemm} on float
 * matrices ({@code sgemm}, measured about twice as fast as {@code dgemm} from 512³ up on the
 * development machine, 1.6× at 256³ and 1.8× at 128³), and {@link #gemm(double, FloatCopy, boolean, FloatCopy,
 * boolean, double, DMatrixRMaj)}, which multiplies the float32 copies of two double matrices and
 * adds the product into a double one. EJML's {@link CommonOps_FDRM} stands in for small products
 * and where no native BLAS runs.
 *
 * <p>All methods write into {@code C} (Modified) and allocate nothing once warm (the scratch
 * matrix belongs to the calling thread and grows once). {@code A} and {@code B}
 * are Not modified and must not be {@code C}.
 */
public final class Gemm {

    /** Products with fewer multiply-adds than this go to EJML (measured: JNI overhead dominates). */
    static final long SMALL = 512;

    /** {@code A·Bᵀ} with a B of at most this many entries transposes B first (measured faster). */
    static final int TRANSPOSE_B = 1024;

    private static final BLAS NATIVE = nativeOrNull();

    /**
     * Per-thread scratch for a transposed B. The one exception to "no static mutable state": a
     * workspace whose content never outlives one call, static so that callers of the seam need not
     * pass workspaces, per thread so that two trainings on two threads never share it.
     */
    private static final ThreadLocal<DMatrixRMaj> SCRATCH = ThreadLocal.withInitial(() -> new DMatrixRMaj(1, 1));
    /** The same for float32 products: a transposed B, and a product before it is added into a double C. */
    private static final ThreadLocal<FMatrixRMaj> FLOAT_SCRATCH = ThreadLocal.withInitial(() -> new FMatrixRMaj(1, 1));
    private static final ThreadLocal<FMatrixRMaj> FLOAT_PRODUCT = ThreadLocal.withInitial(() -> new FMatrixRMaj(1, 1));

    /** A run of ones for column sums as matrix-vector products; read-only. */
    private static final double[] ONES = filledWithOnes(1024);

    private Gemm() {}

    private static BLAS nativeOrNull() {
        // netlib logs a WARNING for every implementation it skips (e.g. the incubator VectorBLAS);
        // in a notebook that would print red text on the first product, so quieten it while probing.
        Logger log = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");
        Level before = log.getLevel();
        log.setLevel(Level.SEVERE);
        try {
            BLAS blas = BLAS.getInstance();
            return blas instanceof NativeBLAS ? blas : null;
        } finally {
            log.setLevel(before);
        }
    }

    /**
     * A readable name of the path taken for large products, with the BLAS library actually
     * loaded when the system tells (Linux), e.g.
     * {@code "native BLAS (JNIBLAS: OpenBLAS, /usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so), EJML below 512 multiply-adds"}.
     */
    public static String implementation() {
        if (NATIVE == null) {
            return "EJML CommonOps_DDRM (no native BLAS found)";
        }
        String library = loadedBlasLibrary();
        String which = library.isEmpty() ? "" : ": " + blasName(library) + ", " + library;
        return "native BLAS (" + NATIVE.getClass().getSimpleName() + which + "), EJML below " + SMALL + " multiply-adds";
    }

    /**
     * False when large products run on EJML or on the slow reference BLAS (both about 5 GFLOP/s
     * at 1024³ on the development machine, against about 150 for OpenBLAS). Where the library
     * cannot be told (no {@code /proc/self/maps}, e.g. macOS), a native BLAS counts as optimized.
     */
    public static boolean isOptimized() {
        return NATIVE != null && !blasName(loadedBlasLibrary()).startsWith("reference");
    }

    /**
     * The file of the BLAS library mapped into this process, read from {@code /proc/self/maps}
     * (Linux); empty when that file does not exist or names no BLAS. netlib's own JNI glue
     * ({@code libnetlibblasjni}) is skipped: it is the bridge, not the library.
     */
    static String loadedBlasLibrary() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return "";
        }
        try (Stream<String> lines = Files.lines(maps)) {
            return lines.map(line -> line.substring(line.indexOf('/') < 0 ? line.length() : line.indexOf('/')))
                    .filter(path -> {
                        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                        return !file.contains("netlib") && (file.contains("blas") || file.contains("mkl_rt"));
                    })
                    .findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** A name for a BLAS library file: "OpenBLAS", "MKL", "BLIS", or "reference BLAS (slow)". */
    static String blasName(String library) {
        String path = library.toLowerCase(Locale.ROOT);
        if (path.contains("openblas")) {
            return "OpenBLAS";
        } else if (path.contains("mkl")) {
            return "MKL";
        } else if (path.contains("blis")) {
            return "BLIS";
        } else if (path.contains("/blas/") || path.contains("libblas.so")) {
            return "reference BLAS (slow)"; // Debian's libblas3, or an unknown libblas: treat as unoptimized
        }
        return library.isEmpty() ? "unknown library" : library.substring(library.lastIndexOf('/') + 1);
    }

    /** True when large products run on a native BLAS. */
    public static boolean isNative() {
        return NATIVE != null;
    }

    /** {@code C = A·B}; {@code C} is reshaped to {@code A.rows × B.cols}. */
    public static void mult(DMatrixRMaj A, DMatrixRMaj B, DMatrixRMaj C) {
        gemm(1.0, A, false, B, false, 0.0, C);
    }

    /** {@code C = Aᵀ·B}; {@code C} is reshaped to {@code A.cols × B.cols}. */
    public static void multTransA(DMatrixRMaj A, DMatrixRMaj B, DMatrixRMaj C) {
        gemm(1.0, A, true, B, false, 0.0, C);
    }

    /** {@code C = A·Bᵀ}; {@code C} is reshaped to {@code A.rows × B.rows}. */
    public static void multTransB(DMatrixRMaj A, DMatrixRMaj B, DMatrixRMaj C) {
        gemm(1.0, A, false, B, true, 0.0, C);
    }

    /**
     * {@code C = α·op(A)·op(B) + β·C}.
     *
     * @param alpha  α
     * @param A      Not modified.
     * @param transA use {@code Aᵀ}
     * @param B      Not modified.
     * @param transB use {@code Bᵀ}
     * @param beta   β; when 0, {@code C}'s old contents are ignored (even NaN) and {@code C} is
     *               reshaped to the product's shape; otherwise {@code C} must already have it
     * @param C      Modified.
     * @throws IllegalArgumentException when the inner dimensions differ, naming both shapes
     */
    public static void gemm(double alpha, DMatrixRMaj A, boolean transA, DMatrixRMaj B, boolean transB,
                            double beta, DMatrixRMaj C) {
        int m = transA ? A.numCols : A.numRows;
        int k = transA ? A.numRows : A.numCols;
        int n = transB ? B.numRows : B.numCols;
        requireProduct(A.numRows, A.numCols, transA, B.numRows, B.numCols, transB, A == C || B == C);
        shapeOutput(beta, C, m, n);
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            CommonOps_DDRM.scale(beta, C);
            return;
        }
        if (NATIVE != null && (long) m * n * k >= SMALL) {
            if (transB && B.getNumElements() <= TRANSPOSE_B) {
                DMatrixRMaj bt = SCRATCH.get();
                CommonOps_DDRM.transpose(B, bt);
                B = bt;
                transB = false;
            }
            // Cᵀ (n×m, column-major = C row-major) = op(B)ᵀ op(A)ᵀ; B's array is Bᵀ column-major, ld = B.cols
            NATIVE.dgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k,
                    alpha, B.data, 0, Math.max(1, B.numCols), A.data, 0, Math.max(1, A.numCols),
                    beta, C.data, 0, Math.max(1, n));
            return;
        }
        ejml(alpha, A, transA, B, transB, beta, C);
    }

    /**
     * {@code C = α·op(A)·op(B) + β·C} in {@link Precision#MIXED}: the product of the float32
     * copies in float32 ({@link #sgemm}), then {@code α·product + β·C} in double, so that what is
     * added to the product (a bias, say) keeps its digits.
     *
     * @param A Not modified.
     * @param B Not modified.
     * @param C Modified; as in {@link #gemm(double, DMatrixRMaj, boolean, DMatrixRMaj, boolean, double, DMatrixRMaj)}
     */
    public static void gemm(double alpha, FloatCopy A, boolean transA, FloatCopy B, boolean transB,
                            double beta, DMatrixRMaj C) {
        FMatrixRMaj product = FLOAT_PRODUCT.get();
        sgemm(1f, A.matrix(), transA, B.matrix(), transB, 0f, product); // checks the shapes
        shapeOutput(beta, C, product.numRows, product.numCols);
        double[] c = C.data;
        float[] p = product.data;
        int size = product.getNumElements();
        if (beta == 0.0) {
            for (int i = 0; i < size; i++) {
                c[i] = alpha * p[i];
            }
        } else {
            for (int i = 0; i < size; i++) {
                c[i] = alpha * p[i] + beta * c[i];
            }
        }
    }

    /**
     * {@code C = α·op(A)·op(B) + β·C}, all in float32: {@code sgemm} on the native BLAS,
     * else (and below {@value #SMALL} multiply-adds) EJML's {@link CommonOps_FDRM}. The same row-
     * and column-major swap as the double product.
     *
     * @param A Not modified.
     * @param B Not modified.
     * @param C Modified; reshaped when β = 0.
     */
    public static void sgemm(float alpha, FMatrixRMaj A, boolean transA, FMatrixRMaj B, boolean transB,
                             float beta, FMatrixRMaj C) {
        int m = transA ? A.numCols : A.numRows;
        int k = transA ? A.numRows : A.numCols;
        int n = transB ? B.numRows : B.numCols;
        requireProduct(A.numRows, A.numCols, transA, B.numRows, B.numCols, transB, A == C || B == C);
        shapeOutput(beta, C, m, n);
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            CommonOps_FDRM.scale(beta, C);
            return;
        }
        if (NATIVE != null && (long) m * n * k >= SMALL) {
            if (transB && B.getNumElements() <= TRANSPOSE_B) {
                FMatrixRMaj bt = FLOAT_SCRATCH.get();
                CommonOps_FDRM.transpose(B, bt);
                B = bt;
                transB = false;
            }
            NATIVE.sgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k,
                    alpha, B.data, 0, Math.max(1, B.numCols), A.data, 0, Math.max(1, A.numCols),
                    beta, C.data, 0, Math.max(1, n));
            return;
        }
        if (beta == 0f) {
            C.zero();
        } else if (beta != 1f) {
            CommonOps_FDRM.scale(beta, C);
        }
        if (transA && transB) {
            CommonOps_FDRM.multAddTransAB(alpha, A, B, C);
        } else if (transA) {
            CommonOps_FDRM.multAddTransA(alpha, A, B, C);
        } else if (transB) {
            CommonOps_FDRM.multAddTransB(alpha, A, B, C);
        } else {
            CommonOps_FDRM.multAdd(alpha, A, B, C);
        }
    }

    /** Throws unless op(A)·op(B) exists and C is neither operand. */
    private static void requireProduct(int aRows, int aCols, boolean transA, int bRows, int bCols, boolean transB,
                                       boolean aliased) {
        int k = transA ? aRows : aCols;
        int kB = transB ? bCols : bRows;
        if (k != kB) {
            throw new IllegalArgumentException("Cannot multiply " + shape(aRows, aCols, transA) + " by "
                    + shape(bRows, bCols, transB) + ": the inner sizes " + k + " and " + kB + " must be equal.");
        }
        if (aliased) {
            throw new IllegalArgumentException("The output C must be a different matrix from A and B.");
        }
    }

    /** With β = 0, C becomes m×n; otherwise it must already be. */
    private static void shapeOutput(double beta, ReshapeMatrix C, int m, int n) {
        if (beta == 0.0) {
            C.reshape(m, n);
        } else if (C.getNumRows() != m || C.getNumCols() != n) {
            throw new IllegalArgumentException("With beta != 0, C must be " + m + "x" + n + ". Received: C "
                    + C.getNumRows() + "x" + C.getNumCols());
        }
    }

    /**
     * {@code out[0,j] = Σ_i A[i,j]}, the column sums {@code 1ᵀA}: with a native BLAS one
     * {@code dgemv} per 1,024 rows, else a loop over the rows.
     *
     * @param A   Not modified.
     * @param out Modified; reshaped to 1×cols.
     */
    public static void sumColumns(DMatrixRMaj A, DMatrixRMaj out) {
        int rows = A.numRows;
        int cols = A.numCols;
        out.reshape(1, cols);
        out.zero();
        if (NATIVE == null || (long) rows * cols < SMALL) {
            double[] a = A.data;
            double[] o = out.data;
            for (int i = 0; i < rows; i++) {
                int base = i * cols;
                for (int j = 0; j < cols; j++) {
                    o[j] += a[base + j];
                }
            }
            return;
        }
        for (int from = 0; from < rows; from += ONES.length) {
            int chunk = Math.min(ONES.length, rows - from);
            // out += (rows from..from+chunk of A)ᵀ · 1; A's array is Aᵀ column-major (cols × rows)
            NATIVE.dgemv("N", cols, chunk, 1.0, A.data, from * cols, Math.max(1, cols), ONES, 0, 1, 1.0, out.data, 0, 1);
        }
    }

    private static double[] filledWithOnes(int n) {
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        return ones;
    }

    private static void ejml(double alpha, DMatrixRMaj A, boolean transA, DMatrixRMaj B, boolean transB,
                             double beta, DMatrixRMaj C) {
        if (beta == 0.0) {
            C.zero();
        } else if (beta != 1.0) {
            CommonOps_DDRM.scale(beta, C);
        }
        // C += α op(A) op(B)
        if (transA && transB) {
            CommonOps_DDRM.multAddTransAB(alpha, A, B, C);
        } else if (transA) {
            CommonOps_DDRM.multAddTransA(alpha, A, B, C);
        } else if (transB) {
            CommonOps_DDRM.multAddTransB(alpha, A, B, C);
        } else {
            CommonOps_DDRM.multAdd(alpha, A, B, C);
        }
    }

    private static String shape(int rows, int cols, boolean trans) {
        return trans ? "(" + rows + "x" + cols + ")ᵀ" : rows + "x" + cols;
    }
}
