package nnlab.notebook;

import java.util.List;
import java.util.function.BiFunction;
import org.ejml.data.DMatrixRMaj;

/**
 * What is wrong with a student's matrix G against the reference E, in a student's words.
 *
 * <p>Tried in this order, the first that fits wins: no result; the shape (and whether G is Eᵀ);
 * NaN or ∞ where E is finite; G = E (right: {@code null}); G = Eᵀ; G = the reference without the
 * bias; G = k·E for one constant k (k = −1 the sign, 2 or ½, √2 or 1/√2, m or 1/m the batch
 * size, 0, any other k unless G is a single number); right on one example before but not on this batch (only the first
 * row right, or every row the same); otherwise the largest difference and where it is.
 * "Equal" means |g − e| ≤ 1e-8·max(1, max|E|) in every entry.
 */
final class Diagnosis {

    private static final double TOLERANCE = 1e-8;

    private final String subject;
    private final List<Exercise.Input> inputs;
    private final int m;
    private final boolean rightOnOne;
    private final BiFunction<Integer, Integer, String> locator;
    private final List<Exercise.Factor> factors;
    private final List<String> columns;

    /**
     * @param subject "your result", "your v after the call", ...
     * @param m the batch size of this case (0 when there is none)
     * @param rightOnOne whether the same method was right on one example just before this batch
     * @param locator where entry (r, c) is, in words; null for "at row r, column c"
     * @param factors the exercise's own likely factors, with their causes
     * @param columns the names of the result's columns, or none
     */
    Diagnosis(String subject, List<Exercise.Input> inputs, int m, boolean rightOnOne,
              BiFunction<Integer, Integer, String> locator, List<Exercise.Factor> factors, List<String> columns) {
        this.subject = subject;
        this.inputs = inputs;
        this.m = m;
        this.rightOnOne = rightOnOne;
        this.columns = columns;
        this.locator = locator != null ? locator
                : (r, c) -> "at row " + (r + 1) + ", column " + (c + 1) + (c < columns.size() ? " (" + columns.get(c) + ")" : "");
        this.factors = factors;
    }

    /**
     * @param withoutBias the reference with each bias input zeroed, or null
     * @param before an input updated in place as it was before the call, or null
     * @return null when G equals E, else what is wrong
     */
    String of(DMatrixRMaj G, DMatrixRMaj E, List<DMatrixRMaj> withoutBias, DMatrixRMaj before) {
        if (G == null) {
            return subject + " is null: return the matrix you computed";
        }
        if (G.numRows != E.numRows || G.numCols != E.numCols) {
            return shape(G, E);
        }
        for (int i = 0; i < G.getNumElements(); i++) {
            if (!Double.isFinite(G.data[i]) && Double.isFinite(E.data[i])) {
                return String.format("%s has %s %s, where it should be %.6g: look for 0/0, a log of 0, the square root"
                        + " of a negative number, or a division by something that can be 0",
                        subject, Double.isNaN(G.data[i]) ? "NaN" : "∞", where(G, i), E.data[i]);
            }
        }
        double tol = TOLERANCE * Math.max(1, maxAbs(E));
        if (close(G, E, 1, tol)) {
            return null;
        }
        if (before != null && close(G, before, 1, tol)) {
            return subject + " is what it was before: your method must update it in place (write into it)";
        }
        String swapped = swappedColumns(G, E, tol);
        if (swapped != null) {
            return swapped;
        }
        String prefix = rightOnOne ? "right for one example, but not for a batch of " + m + ": " : "";
        if (G.numRows == G.numCols && G.numRows > 1 && close(G, transpose(E), 1, tol)) {
            return prefix + subject + " is transposed: entry (i, j) holds what belongs in (j, i); keep one row per example";
        }
        if (withoutBias != null) {
            for (int k = 0, b = 0; k < inputs.size(); k++) {
                if (inputs.get(k).bias()) {
                    if (close(G, withoutBias.get(b++), 1, tol)) {
                        return "you forgot the bias " + inputs.get(k).name() + ": " + subject + " is the right one without "
                                + inputs.get(k).name() + " (add it to every row)";
                    }
                }
            }
        }
        String factor = factor(G, E, tol);
        if (factor != null) {
            return prefix + factor;
        }
        int worst = worst(G, E);
        String at = String.format("%s: %.6g where it should be %.6g", where(G, worst), G.data[worst], E.data[worst]);
        if (rightOnOne) {
            if (G.numRows > 1 && rowClose(G, E, 0, tol)) {
                return prefix + "only the first row (the first example) is right. Compute every row from that example's"
                        + " own inputs, and use the whole batch wherever the formula sums or averages over it (" + at + ")";
            }
            if (G.numRows > 1 && rowsAllEqual(G, tol) && !rowsAllEqual(E, tol)) {
                return prefix + "every row of " + subject
                        + " is the same. Each example (row) needs its own result (" + at + ")";
            }
            return prefix + subject + " differs " + at + ". Look at what you sum or average over the batch";
        }
        return subject + " is wrong " + at;
    }

    private String shape(DMatrixRMaj G, DMatrixRMaj E) {
        String text = String.format("%s is %dx%d, it should be %dx%d", subject, G.numRows, G.numCols, E.numRows, E.numCols);
        if (m > 0 && E.numRows == m && inputs.stream().anyMatch(in -> in.rows() < 0)) {
            text += ": one row per example";
        } else {
            for (Exercise.Input in : inputs) {
                if (in.rows() == E.numRows && in.columns() == E.numCols) {
                    text += ", the shape of " + in.name();
                    break;
                }
            }
        }
        if (G.numRows == E.numCols && G.numCols == E.numRows) {
            double tol = TOLERANCE * Math.max(1, maxAbs(E));
            text += close(G, transpose(E), 1, tol) ? " (your numbers are right, but transposed)" : " (it is transposed)";
        }
        return text;
    }

    /** G = k·E for a constant k, named when k is one a student is likely to get. */
    private String factor(DMatrixRMaj G, DMatrixRMaj E, double tol) {
        double ee = 0, ge = 0;
        for (int i = 0; i < E.getNumElements(); i++) {
            ee += E.data[i] * E.data[i];
            ge += G.data[i] * E.data[i];
        }
        if (maxAbs(G) <= tol) {
            return subject + " is all zeros";
        }
        if (ee == 0) {
            return null;
        }
        double k = ge / ee;
        if (!close(G, E, k, tol * Math.max(1, Math.abs(k)))) {
            return null;
        }
        for (Exercise.Factor f : factors) {
            if (near(k, f.k())) {
                return String.format("%s is %.4g times the right one: %s", subject, k, f.why());
            }
        }
        if (near(k, -1)) {
            return "the sign is flipped: " + subject + " is minus the right one. Check the order of a subtraction"
                    + " (p − y, not y − p) and the sign of each update";
        }
        if (near(k, 2)) {
            return subject + " is off by a factor of 2: it is twice the right one";
        }
        if (near(k, 0.5)) {
            return subject + " is off by a factor of 2: it is half the right one";
        }
        if (m > 1 && near(k, m)) {
            return subject + " is " + m + " times too large: divide by m, the number of examples in the batch (here m = "
                    + m + ")";
        }
        if (m > 1 && near(k, 1.0 / m)) {
            return subject + " is " + m + " times too small: you divide by m (here m = " + m + ") where the formula"
                    + " does not, or twice";
        }
        if (near(k, Math.sqrt(2)) || near(k, Math.sqrt(0.5))) {
            return subject + " is off by a factor of √2: it is " + (k > 1 ? "√2 times" : "1/√2 times") + " the right one";
        }
        if (G.getNumElements() == 1) {
            return null;   // one number is always some multiple of another: only the named factors say something
        }
        return String.format("%s is %.4g times the right one: a constant factor is wrong", subject, k);
    }

    /** G with two of its columns exchanged equals E. */
    private String swappedColumns(DMatrixRMaj G, DMatrixRMaj E, double tol) {
        for (int i = 0; i < G.numCols; i++) {
            for (int j = i + 1; j < G.numCols; j++) {
                DMatrixRMaj S = G.copy();
                for (int r = 0; r < G.numRows; r++) {
                    S.set(r, i, G.get(r, j));
                    S.set(r, j, G.get(r, i));
                }
                if (close(S, E, 1, tol) && !close(G, E, 1, tol)) {
                    return subject + "'s columns " + columnName(i) + " and " + columnName(j) + " are swapped";
                }
            }
        }
        return null;
    }

    private String columnName(int c) {
        return c < columns.size() ? (c + 1) + " (" + columns.get(c) + ")" : String.valueOf(c + 1);
    }

    private String where(DMatrixRMaj A, int i) {
        return locator.apply(i / A.numCols, i % A.numCols);
    }

    private static boolean near(double k, double c) {
        return Math.abs(k - c) <= 1e-6 * Math.abs(c);
    }

    private static boolean close(DMatrixRMaj G, DMatrixRMaj E, double k, double tol) {
        for (int i = 0; i < G.getNumElements(); i++) {
            if (!(Math.abs(G.data[i] - k * E.data[i]) <= tol)) {
                return false;
            }
        }
        return true;
    }

    private static boolean rowClose(DMatrixRMaj G, DMatrixRMaj E, int r, double tol) {
        for (int c = 0; c < G.numCols; c++) {
            if (!(Math.abs(G.get(r, c) - E.get(r, c)) <= tol)) {
                return false;
            }
        }
        return true;
    }

    private static boolean rowsAllEqual(DMatrixRMaj A, double tol) {
        for (int r = 1; r < A.numRows; r++) {
            for (int c = 0; c < A.numCols; c++) {
                if (!(Math.abs(A.get(r, c) - A.get(0, c)) <= tol)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int worst(DMatrixRMaj G, DMatrixRMaj E) {
        int worst = 0;
        for (int i = 1; i < G.getNumElements(); i++) {
            if (Math.abs(G.data[i] - E.data[i]) > Math.abs(G.data[worst] - E.data[worst])) {
                worst = i;
            }
        }
        return worst;
    }

    private static double maxAbs(DMatrixRMaj A) {
        double max = 0;
        for (double v : A.data) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static DMatrixRMaj transpose(DMatrixRMaj A) {
        DMatrixRMaj T = new DMatrixRMaj(A.numCols, A.numRows);
        for (int r = 0; r < A.numRows; r++) {
            for (int c = 0; c < A.numCols; c++) {
                T.set(c, r, A.get(r, c));
            }
        }
        return T;
    }
}
