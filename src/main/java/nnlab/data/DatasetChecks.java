package nnlab.data;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** The checks {@link Dataset}'s constructors and factories run once on what they are given. */
final class DatasetChecks {

    private DatasetChecks() {}

    /** What the constructor checks: both present, at least one row and column, equal row counts, finite values. */
    static void check(DMatrixRMaj x, DMatrixRMaj y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("A dataset needs features x and targets y, one row per example."
                    + " Received: " + (x == null ? "x=null" : "y=null"));
        }
        if (x.numRows == 0 || x.numCols == 0) {
            throw new IllegalArgumentException("A dataset needs at least one row and one feature column. Received: x "
                    + x.numRows + "x" + x.numCols);
        }
        if (y.numCols == 0) {
            throw new IllegalArgumentException("A dataset needs at least one target column. Received: y "
                    + y.numRows + "x" + y.numCols);
        }
        if (x.numRows != y.numRows) {
            throw new IllegalArgumentException("x has " + x.numRows + " rows but y has " + y.numRows
                    + "; every example needs exactly one target row. Received: x " + x.numRows + "x" + x.numCols + ", y "
                    + y.numRows + "x" + y.numCols);
        }
        requireFinite("x", x);
        requireFinite("y", y);
    }

    /** No null entry in a list of names (null itself is allowed: the caller decides what it means). */
    static void requireNoNull(String what, List<String> names) {
        if (names == null) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null) {
                throw new IllegalArgumentException("Every " + what + " name must be text, e.g. \"" + what + (i + 1)
                        + "\". Received: " + what + " name " + i + " = null in " + names);
            }
        }
    }

    /** Rows given as arrays: present, not empty, no null or shorter row. */
    static DMatrixRMaj matrix(String what, double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException(what + " is " + (rows == null ? "null" : "empty")
                    + "; a dataset needs at least one example, e.g. " + what + " = new double[][] {{1, 2}}. Received: "
                    + what + "=" + (rows == null ? "null" : "[]"));
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException("Every row of " + what + " needs values. Received: " + what + " row " + i
                        + " = null");
            }
        }
        int cols = rows[0].length;
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new IllegalArgumentException(what + " row " + i + " has " + rows[i].length + " values but row 0 has "
                        + cols + "; every row needs the same number of columns.");
            }
        }
        return new DMatrixRMaj(rows);
    }

    static void requireFinite(String what, DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                throw new IllegalArgumentException(what + " has the value " + m.data[i] + " at row " + (i / m.numCols)
                        + ", column " + (i % m.numCols) + ". Remove or impute missing values before training.");
            }
        }
    }
}
