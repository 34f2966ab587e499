package nnlab.loss;

import nnlab.mat.MatrixOps;
import org.ejml.data.DMatrixRMaj;

/**
 * Shared part of every loss: shape and weight checks, the per-row weight w_i and the gradient
 * buffer. A subclass gives the per-row loss ℓ_i and writes {@code scale · ∂ℓ_i/∂ŷ_i} into the
 * gradient, where {@code scale = w_i/m}.
 *
 * <p><b>Weighted losses divide by the batch size m</b>, not by the sum of the weights:
 * L = (1/m) Σ_i w_i ℓ_i. A weight then acts like a repeated row (class weight 9 counts a row as
 * 9 rows of the same batch), and all-ones weights give the unweighted loss. PyTorch's
 * {@code CrossEntropyLoss(weight=…)} divides by Σ_i w_i instead; see
 * {@link CategoricalCrossEntropy} and {@link BinaryCrossEntropy} for how to compare.
 */
abstract class WeightedLoss implements Loss {

    /** Class weights, or null. */
    protected final double[] classWeights;
    protected final DMatrixRMaj grad = new DMatrixRMaj(0, 0);

    protected WeightedLoss(double[] classWeights) {
        if (classWeights != null) {
            if (classWeights.length == 0) {
                throw new IllegalArgumentException("Give one class weight per class, e.g. withClassWeights(1, 9).");
            }
            for (int c = 0; c < classWeights.length; c++) {
                if (!(classWeights[c] >= 0) || Double.isInfinite(classWeights[c])) {
                    throw new IllegalArgumentException("Class weights must be finite and >= 0. Received: weight of class "
                            + c + " = " + classWeights[c]);
                }
            }
        }
        this.classWeights = classWeights == null ? null : classWeights.clone();
    }

    /** ℓ_i of row i, whose entries start at {@code base} (k of them). */
    protected abstract double rowLoss(double[] p, double[] y, int base, int k);

    /** {@code g[base..base+k) = scale · ∂ℓ_i/∂ŷ_i}. */
    protected abstract void rowGradient(double[] p, double[] y, int base, int k, double scale, double[] g);

    /** Throws when a target value is outside what this loss accepts. */
    protected void checkTargets(DMatrixRMaj target) {
        for (int i = 0; i < target.getNumElements(); i++) {
            if (!Double.isFinite(target.data[i])) {
                throw new IllegalArgumentException("Target entry " + target.data[i] + " at row " + (i / target.numCols)
                        + " is not finite. Remove or fix rows with NaN or Inf labels.");
            }
        }
    }

    @Override
    public double forward(DMatrixRMaj prediction, DMatrixRMaj target, DMatrixRMaj sampleWeights) {
        begin(prediction, target, sampleWeights);
        int m = prediction.numRows;
        int k = prediction.numCols;
        double total = 0;
        for (int i = 0; i < m; i++) {
            double w = weight(target, sampleWeights, i);
            // L = (1/m) Σ_i w_i ℓ_i
            total += w * rowLoss(prediction.data, target.data, i * k, k);
            rowGradient(prediction.data, target.data, i * k, k, w / m, grad.data);
        }
        return total / m;
    }

    /** Validates a batch and sizes the gradient buffer; every forward form starts here. */
    protected void begin(DMatrixRMaj prediction, DMatrixRMaj target, DMatrixRMaj sampleWeights) {
        checkShapes(prediction, target, sampleWeights);
        checkTargets(target);
        grad.reshape(prediction.numRows, prediction.numCols);
    }

    @Override
    public DMatrixRMaj backward() { return grad; }

    protected void checkShapes(DMatrixRMaj prediction, DMatrixRMaj target, DMatrixRMaj sampleWeights) {
        if (prediction.numRows != target.numRows || prediction.numCols != target.numCols) {
            throw new IllegalArgumentException("The predictions are " + prediction.numRows + "x" + prediction.numCols
                    + " but the targets are " + target.numRows + "x" + target.numCols
                    + ". The net's output size must equal the number of target columns.");
        }
        if (prediction.numRows == 0) {
            throw new IllegalArgumentException("A loss needs at least one row; received an empty batch.");
        }
        if (sampleWeights != null && sampleWeights.getNumElements() != prediction.numRows) {
            throw new IllegalArgumentException("Give one sample weight per row: " + prediction.numRows
                    + " rows but " + sampleWeights.getNumElements() + " weights.");
        }
        if (classWeights != null) {
            int classes = Math.max(2, target.numCols);
            if (classWeights.length != classes) {
                throw new IllegalArgumentException(name() + " has " + classWeights.length + " class weights but the"
                        + " targets have " + classes + " classes.");
            }
        }
    }

    /** w_i = sampleWeight_i · classWeight[class of row i]. */
    protected double weight(DMatrixRMaj target, DMatrixRMaj sampleWeights, int i) {
        double w = sampleWeights == null ? 1.0 : sampleWeights.data[i];
        if (classWeights != null) {
            w *= classWeights[MatrixOps.classOf(target, i)];
        }
        return w;
    }

    protected String describe(String base) {
        return classWeights == null ? base : base + "(classWeights=" + java.util.Arrays.toString(classWeights) + ")";
    }

    @Override
    public String toString() { return describe(name()); }
}
