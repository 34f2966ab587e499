package nnlab.nn;

import org.ejml.data.DMatrixRMaj;

/** Shape checks with messages that name the layer and both sizes. */
final class Shapes {

    private Shapes() {}

    static void requireInput(Layer layer, DMatrixRMaj x) {
        if (x == null) {
            throw new IllegalArgumentException("Layer " + layer.name() + " needs an input batch of " + layer.inputSize()
                    + " columns. Received: x=null");
        }
        if (x.numCols != layer.inputSize()) {
            throw new IllegalArgumentException("Layer " + layer.name() + " expects " + layer.inputSize()
                    + " input columns but received a " + x.numRows + "x" + x.numCols
                    + " matrix. Check the previous layer's size or the data's number of features.");
        }
    }

    static void requireGradient(Layer layer, DMatrixRMaj out, DMatrixRMaj dOut) {
        if (dOut == null) {
            throw new IllegalArgumentException("Layer " + layer.name() + " needs ∂L/∂Y for backward (the shape of its last"
                    + " output). Received: dOut=null");
        }
        if (dOut.numRows != out.numRows || dOut.numCols != out.numCols) {
            throw new IllegalArgumentException("Layer " + layer.name() + " produced a " + out.numRows + "x"
                    + out.numCols + " output but backward received a " + dOut.numRows + "x" + dOut.numCols
                    + " gradient. Call forward on the same batch before backward.");
        }
    }

    static void requireSize(String what, int size) {
        if (size < 1) {
            throw new IllegalArgumentException(what + " must be at least 1. Received: " + what + "=" + size);
        }
    }
}
