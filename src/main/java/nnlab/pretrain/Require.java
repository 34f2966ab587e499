package nnlab.pretrain;

import org.ejml.data.DMatrixRMaj;

/** The argument checks the pretraining entry points share; messages name the argument and an example. */
final class Require {

    private Require() {}

    /** Throws unless {@code value} is given. */
    static <T> T given(String name, T value, String example) {
        if (value == null) {
            throw new IllegalArgumentException("Give " + name + ", e.g. " + example + ". Received: " + name + "=null");
        }
        return value;
    }

    /**
     * Throws unless {@code x} holds at least one row and one column of finite values, naming the
     * first bad entry by its row and column (0-based).
     */
    static DMatrixRMaj rows(String name, DMatrixRMaj x) {
        given(name, x, "the rows of a Dataset, data.x()");
        if (x.numRows == 0 || x.numCols == 0) {
            throw new IllegalArgumentException("Pretraining needs at least one row and one column of data. Received: "
                    + name + " " + x.numRows + "x" + x.numCols);
        }
        for (int i = 0; i < x.getNumElements(); i++) {
            if (!Double.isFinite(x.data[i])) {
                throw new IllegalArgumentException("The data must be finite numbers; fix or drop the row. Received: row "
                        + i / x.numCols + ", column " + i % x.numCols + " (0-based) of " + name + " = " + x.data[i]);
            }
        }
        return x;
    }

    /** Throws unless {@code x} has {@code columns} columns. */
    static DMatrixRMaj width(String what, DMatrixRMaj x, int columns) {
        given("x", x, "the rows to encode");
        if (x.numCols != columns) {
            throw new IllegalArgumentException(what + " takes rows of " + columns + " columns; give data of that width."
                    + " Received: x " + x.numRows + "x" + x.numCols);
        }
        return x;
    }
}
