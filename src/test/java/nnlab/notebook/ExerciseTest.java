package nnlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Each diagnosis is reached by a wrong implementation of its kind, and only right ones get ✔. */
class ExerciseTest {

    /** Z = X W + b, the bias added to every row: the course's layer, written independently. */
    private static DMatrixRMaj forward(DMatrixRMaj X, DMatrixRMaj W, DMatrixRMaj b) {
        var Z = new DMatrixRMaj(X.numRows, W.numCols);
        CommonOps_DDRM.mult(X, W, Z);
        for (int r = 0; r < Z.numRows; r++) {
            for (int c = 0; c < Z.numCols; c++) {
                Z.add(r, c, b.get(0, c));
            }
        }
        return Z;
    }

    /** ∂L/∂Z = (Z − Y)/m: the shape of a batch-mean gradient. */
    private static DMatrixRMaj meanGradient(DMatrixRMaj Z, DMatrixRMaj Y) {
        var G = new DMatrixRMaj(Z.numRows, Z.numCols);
        CommonOps_DDRM.subtract(Z, Y, G);
        CommonOps_DDRM.divide(G, Z.numRows);
        return G;
    }

    private static Exercise layer() {
        return Exercise.of("the forward pass").batch("X", 3).matrix("W", 3, 2).bias("b", 2);
    }

    private static String layerVerdict(Exercise.F3 student) {
        return layer().verdict(3, a -> student.apply(a[0], a[1], a[2]), a -> forward(a[0], a[1], a[2]));
    }

    private static String wrongLayer(Exercise.F3 student) {
        return assertThrows(Exercise.Wrong.class, () -> layerVerdict(student)).getMessage();
    }

    private static String gradientVerdict(Exercise.F2 student) {
        return Exercise.of("the gradient").batch("Z", 2).batch("Y", 2, Exercise.Values.zeroOrOne())
                .verdict(2, a -> student.apply(a[0], a[1]), a -> meanGradient(a[0], a[1]));
    }

    private static String wrongGradient(Exercise.F2 student) {
        return assertThrows(Exercise.Wrong.class, () -> gradientVerdict(student)).getMessage();
    }

    @Test
    void rightMethod_getsTheTickLine() {
        assertEquals("✔ the forward pass: right on fresh inputs, one example and a batch of 5",
                layerVerdict(ExerciseTest::forward));
    }

    @Test
    void check_printsTheTickLine() {
        PrintStream old = System.out;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
        try {
            layer().check(ExerciseTest::forward, ExerciseTest::forward);
        } finally {
            System.setOut(old);
        }
        assertTrue(sink.toString(StandardCharsets.UTF_8).startsWith("✔ the forward pass: right"));
    }

    @Test
    void transposedResult_isNamedWithItsShape() {
        String message = wrongLayer((X, W, b) -> CommonOps_DDRM.transpose(forward(X, W, b), null));
        assertEquals("✘ the forward pass: your result is 2x1, it should be 1x2: one row per example"
                + " (your numbers are right, but transposed)", message);
    }

    @Test
    void wrongShape_saysTheShapeItShouldBe() {
        String message = wrongLayer((X, W, b) -> new DMatrixRMaj(3, 3));
        assertEquals("✘ the forward pass: your result is 3x3, it should be 1x2: one row per example", message);
    }

    @Test
    void transposedSquare_isCalledTransposed() {
        String message = assertThrows(Exercise.Wrong.class, () -> Exercise.of("W twice").matrix("W", 3, 3)
                .verdict(1, a -> CommonOps_DDRM.transpose(scaled(a[0], 2), null), a -> scaled(a[0], 2))).getMessage();
        assertTrue(message.contains("is transposed"), message);
    }

    @Test
    void forgottenBias_isNamed() {
        String message = wrongLayer((X, W, b) -> CommonOps_DDRM.mult(X, W, null));
        assertEquals("✘ the forward pass: you forgot the bias b: your result is the right one without b"
                + " (add it to every row)", message);
    }

    @Test
    void factorTwo_andHalf_areNamed() {
        assertTrue(wrongGradient((Z, Y) -> scaled(meanGradient(Z, Y), 2)).contains("off by a factor of 2: it is twice"));
        assertTrue(wrongGradient((Z, Y) -> scaled(meanGradient(Z, Y), 0.5)).contains("off by a factor of 2: it is half"));
    }

    @Test
    void flippedSign_isNamed() {
        String message = wrongGradient((Z, Y) -> meanGradient(Y, Z));
        assertTrue(message.contains("the sign is flipped: your result is minus the right one"), message);
    }

    @Test
    void missingDivisionByM_isRightOnOneExampleButNotOnABatch() {
        String message = wrongGradient((Z, Y) -> scaled(meanGradient(Z, Y), Z.numRows));
        assertEquals("✘ the gradient: right for one example, but not for a batch of 5: your result is 5 times too large:"
                + " divide by m, the number of examples in the batch (here m = 5)", message);
    }

    @Test
    void extraDivisionByM_isNamed() {
        String message = wrongGradient((Z, Y) -> scaled(meanGradient(Z, Y), 1.0 / Z.numRows));
        assertTrue(message.contains("5 times too small: you divide by m"), message);
    }

    @Test
    void onlyFirstRowComputed_isRightOnOneExampleButNotOnABatch() {
        String message = wrongLayer((X, W, b) -> {
            var Z = forward(X, W, b);
            for (int r = 1; r < Z.numRows; r++) {
                Z.set(r, 0, 0);
            }
            return Z;
        });
        assertTrue(message.startsWith("✘ the forward pass: right for one example, but not for a batch of 5: only the first row"),
                message);
    }

    @Test
    void firstExampleCopiedToEveryRow_isNamed() {
        String message = wrongLayer((X, W, b) -> {
            var first = forward(CommonOps_DDRM.extract(X, 0, 1, 0, X.numCols), W, b);
            var Z = new DMatrixRMaj(X.numRows, W.numCols);
            for (int r = 0; r < Z.numRows; r++) {
                CommonOps_DDRM.insert(first, Z, r, 0);
            }
            return Z;
        });
        assertTrue(message.contains("right for one example, but not for a batch of 5: only the first row"), message);
    }

    @Test
    void nan_isNamedWithWhereToLook() {
        String message = wrongGradient((Z, Y) -> scaled(meanGradient(Z, Y), Double.NaN));
        assertTrue(message.contains("your result has NaN at row 1, column 1") && message.contains("0/0"), message);
    }

    @Test
    void nullResult_isNamed() {
        assertTrue(wrongGradient((Z, Y) -> null).contains("your result is null"));
    }

    @Test
    void otherError_saysTheStudentsMethodThrew() {
        String message = wrongGradient((Z, Y) -> CommonOps_DDRM.mult(Z, Y, null));
        assertTrue(message.contains("your method threw MatrixDimensionException"), message);
    }

    @Test
    void anyOtherMistake_givesTheLargestDifferenceAndWhere() {
        String message = wrongLayer((X, W, b) -> {
            var Z = forward(X, W, b);
            Z.add(0, 1, 0.25);
            return Z;
        });
        assertTrue(message.startsWith("✘ the forward pass: your result is wrong at row 1, column 2:"), message);
    }

    @Test
    void notYet_isRethrownAsItIs() {
        var stub = new NotYet();
        assertSame(stub, assertThrows(NotYet.class, () -> layerVerdict((X, W, b) -> { throw stub; })));
    }

    @Test
    void inPlaceState_isComparedAfterTheCall() {
        // v := 0.9 v + 0.1 g, returned w − v; the wrong one forgets to store v
        Exercise velocity = Exercise.of("a momentum step").matrix("w", 2, 2).matrix("v", 2, 2).matrix("g", 2, 2).inPlace("v");
        Exercise.Fn right = a -> {
            CommonOps_DDRM.add(0.9, a[1], 0.1, a[2], a[1]);
            return CommonOps_DDRM.subtract(a[0], a[1], null);
        };
        Exercise.Fn forgets = a -> CommonOps_DDRM.subtract(a[0], CommonOps_DDRM.add(0.9, a[1], 0.1, a[2], null), null);
        assertTrue(velocity.verdict(3, right, right).startsWith("✔"));
        String message = assertThrows(Exercise.Wrong.class, () -> velocity.verdict(3, forgets, right)).getMessage();
        assertTrue(message.contains("your v after the call is what it was before: your method must update it in place"),
                message);
        Exercise.Fn halfStored = a -> {          // the right step, but half of v stored
            var vNew = CommonOps_DDRM.add(0.9, a[1], 0.1, a[2], null);
            CommonOps_DDRM.scale(0.5, vNew, a[1]);
            return CommonOps_DDRM.subtract(a[0], vNew, null);
        };
        String wrongV = assertThrows(Exercise.Wrong.class, () -> velocity.verdict(3, halfStored, right)).getMessage();
        assertTrue(wrongV.contains("your v after the call is off by a factor of 2: it is half the right one"), wrongV);
    }

    @Test
    void namedFactor_givesTheExercisesOwnCause() {
        String message = assertThrows(Exercise.Wrong.class, () -> Exercise.of("dropout").batch("A", 3)
                .offBy(0.7, "divide the kept entries by 1 − p")
                .verdict(1, a -> scaled(a[0], 0.7), a -> a[0])).getMessage();
        assertEquals("✘ dropout: your result is 0.7000 times the right one: divide the kept entries by 1 − p", message);
    }

    /** A result of two named columns, 2s and 3s, checked against {@code student} on batches of 3 and 5. */
    private static String wrongRates(double first, double second) {
        Exercise.Fn right = a -> CommonOps_DDRM.concatColumnsMulti(scaled(a[0], 2), scaled(a[0], 3));
        Exercise.Fn student = a -> CommonOps_DDRM.concatColumnsMulti(scaled(a[0], first), scaled(a[0], second));
        return assertThrows(Exercise.Wrong.class, () -> Exercise.of("two rates").batch("s", 1)
                .columns("precision", "recall").batchSizes(3, 5).verdict(1, student, right)).getMessage();
    }

    @Test
    void swappedColumns_areNamed() {
        assertEquals("✘ two rates: your result's columns 1 (precision) and 2 (recall) are swapped", wrongRates(3, 2));
    }

    @Test
    void namedColumns_sayWhereTheResultIsWrong() {
        String message = wrongRates(2, 4);
        assertTrue(message.contains("column 2 (recall)"), message);
    }

    private static DMatrixRMaj scaled(DMatrixRMaj A, double k) {
        var B = A.copy();
        CommonOps_DDRM.scale(k, B);
        return B;
    }
}
