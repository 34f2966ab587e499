package nnlab.loss;

import java.util.Arrays;
import nnlab.mat.MatrixOps;
import nnlab.nn.Layer;
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
 *
 * <p><b>Two levels of checks, one rule each.</b> Every {@code forward} call checks its batch
 * (shapes, targets, sample weights: a few comparisons per entry, no allocation);
 * {@link #checkFits} checks a whole data set once, before training, with the same target rule
 * ({@link #checkTargets}) so that a bad target is named by its row in the data set.
 */
abstract class WeightedLoss implements Loss {

    /** Entries of a row shown in a message; a wider row is cut with "…". */
    private static final int SHOWN = 8;

    /** Class weights, or null. */
    protected final double[] classWeights;
    protected final DMatrixRMaj grad = new DMatrixRMaj(0, 0);

    /** @param classWeights one per class, or null for none (the factories); the user's arrays pass {@link #checked} first */
    protected WeightedLoss(double[] classWeights) {
        if (classWeights != null) {
            if (classWeights.length == 0) {
                throw new IllegalArgumentException("Give one class weight per class, e.g. withClassWeights(1, 9)."
                        + " Received: weights=[]");
            }
            double sum = 0;
            for (int c = 0; c < classWeights.length; c++) {
                if (!(classWeights[c] >= 0) || Double.isInfinite(classWeights[c])) {
                    throw new IllegalArgumentException("Class weights must be finite and >= 0, e.g. withClassWeights(1, 9)."
                            + " Received: weight of class " + c + " = " + classWeights[c]);
                }
                sum += classWeights[c];
            }
            if (!(sum > 0) || Double.isInfinite(sum)) {
                throw new IllegalArgumentException("Class weights need a positive, finite sum, or every row counts 0 and"
                        + " nothing is learned; e.g. withClassWeights(1, 9). Received: weights="
                        + Arrays.toString(classWeights));
            }
        }
        this.classWeights = classWeights == null ? null : classWeights.clone();
    }

    /** The weights a user passed to {@code withClassWeights}: null is refused (it would silently drop them). */
    protected static double[] checked(double[] weights) {
        if (weights == null) {
            throw new IllegalArgumentException("withClassWeights needs one weight per class, e.g. withClassWeights(1, 9);"
                    + " for no class weights use the loss without it (e.g. Loss.binaryCrossEntropy()). Received: weights=null");
        }
        return weights;
    }

    /** ℓ_i of row i, whose entries start at {@code base} (k of them). */
    protected abstract double rowLoss(double[] p, double[] y, int base, int k);

    /** {@code g[base..base+k) = scale · ∂ℓ_i/∂ŷ_i}. */
    protected abstract void rowGradient(double[] p, double[] y, int base, int k, double scale, double[] g);

    /**
     * Throws when a target value is outside what this loss accepts, naming it by its row in
     * {@code where} ("the targets", "the training set"). This default accepts any finite value.
     */
    protected void checkTargets(DMatrixRMaj target, String where) {
        for (int i = 0; i < target.getNumElements(); i++) {
            if (!Double.isFinite(target.data[i])) {
                throw new IllegalArgumentException("Targets must be finite numbers: remove or fix rows with NaN or Inf"
                        + " labels. Received: " + target.data[i] + " at " + place(target, i, where));
            }
        }
    }

    /** True for a loss whose targets are bounded by {@link #checkTargets} (the cross-entropies). */
    protected boolean boundedTargets() { return false; }

    /**
     * Whether the net's output layer gives what this loss needs; throws otherwise. This default
     * accepts any output.
     */
    protected void checkOutput(Layer outputLayer) {}

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
        checkTargets(target, "the targets");
        if (sampleWeights != null) {
            checkSampleWeights(sampleWeights, "the sample weights");
        }
        grad.reshape(prediction.numRows, prediction.numCols);
    }

    @Override
    public void checkFits(Layer outputLayer, DMatrixRMaj targets, DMatrixRMaj sampleWeights, String dataName) {
        if (targets == null || targets.getNumElements() == 0) {
            throw new IllegalArgumentException(name() + " needs a data set with at least one target row."
                    + " Received: targets=" + (targets == null ? "null" : targets.numRows + "x" + targets.numCols));
        }
        if (outputLayer != null) {
            checkOutput(outputLayer);
        }
        String where = "the " + dataName;
        checkTargets(targets, where);
        checkClassCount(targets);
        if (sampleWeights != null) {
            if (sampleWeights.getNumElements() != targets.numRows) {
                throw new IllegalArgumentException("Give one sample weight per row of the " + dataName + ": "
                        + targets.numRows + " rows. Received: " + sampleWeights.getNumElements() + " weights");
            }
            checkSampleWeights(sampleWeights, "the sample weights of the " + dataName);
        }
        int k = targets.numCols;
        double[] zero = new double[k];
        double[] row = new double[k];
        double total = 0;
        for (int i = 0; i < targets.numRows; i++) {
            if (!boundedTargets()) {
                // the loss of predicting 0 must be finite, or no prediction near 0 can have a finite loss
                System.arraycopy(targets.data, i * k, row, 0, k);
                double l = rowLoss(zero, row, 0, k);
                if (!Double.isFinite(l)) {
                    int j = largestEntry(row);
                    throw new IllegalArgumentException(name() + " cannot be finite for targets this large: the loss of"
                            + " predicting 0 for row " + i + " of the " + dataName + " is " + l + ". Scale the targets"
                            + " (e.g. divide them by their largest value, or standardize them) and scale the predictions"
                            + " back. Received: " + row[j] + " at row " + i + ", column " + j + " of the " + dataName);
                }
            }
            total += weight(targets, sampleWeights, i);
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("Every row of the " + dataName + " has weight 0 (sample weight × class"
                    + " weight), so the loss is 0 and nothing is learned. Give the rows' classes a positive weight."
                    + " Received: " + describe("loss=" + name()) + (sampleWeights != null ? " with sample weights" : ""));
        }
        if (Double.isInfinite(total)) {
            throw new IllegalArgumentException("The weights of the " + dataName + "'s rows sum to Infinity; use smaller"
                    + " weights, e.g. 1 to 10. Received: " + describe("loss=" + name()));
        }
    }

    /** Non-negative and finite, each entry; the message names the entry's row. */
    private static void checkSampleWeights(DMatrixRMaj w, String what) {
        for (int i = 0; i < w.getNumElements(); i++) {
            double v = w.data[i];
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("Sample weights must be finite and >= 0 (a negative weight makes the"
                        + " loss negative), e.g. 1 for every row. Received: " + v + " at row " + i + " of " + what);
            }
        }
    }

    @Override
    public DMatrixRMaj backward() { return grad; }

    protected void checkShapes(DMatrixRMaj prediction, DMatrixRMaj target, DMatrixRMaj sampleWeights) {
        if (prediction == null || target == null) {
            throw new IllegalArgumentException(name() + " needs a prediction and a target matrix of the same shape."
                    + " Received: prediction=" + shape(prediction) + ", target=" + shape(target));
        }
        if (prediction.numRows != target.numRows || prediction.numCols != target.numCols) {
            throw new IllegalArgumentException("The net's output size must equal the number of target columns, and there"
                    + " must be one target row per prediction row. Received: predictions " + shape(prediction)
                    + ", targets " + shape(target));
        }
        if (prediction.numRows == 0) {
            throw new IllegalArgumentException("A loss needs at least one row. Received: an empty batch, "
                    + shape(prediction));
        }
        if (sampleWeights != null && sampleWeights.getNumElements() != prediction.numRows) {
            throw new IllegalArgumentException("Give one sample weight per row: " + prediction.numRows
                    + " rows. Received: " + sampleWeights.getNumElements() + " weights");
        }
        checkClassCount(target);
    }

    private void checkClassCount(DMatrixRMaj target) {
        if (classWeights != null) {
            int classes = Math.max(2, target.numCols);
            if (classWeights.length != classes) {
                throw new IllegalArgumentException(name() + " needs one class weight per class: the targets have "
                        + classes + " classes (" + target.numCols + " target column" + (target.numCols == 1 ? ", 0/1" : "s")
                        + "). Received: " + classWeights.length + " class weights " + Arrays.toString(classWeights));
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
        return classWeights == null ? base : base + "(classWeights=" + Arrays.toString(classWeights) + ")";
    }

    @Override
    public String toString() { return describe(name()); }

    /** "row r, column c of where" for entry {@code i} of {@code m}. */
    protected static String place(DMatrixRMaj m, int i, String where) {
        return "row " + (i / m.numCols) + ", column " + (i % m.numCols) + " of " + where;
    }

    /** Row {@code r}'s entries, e.g. {@code [0.0, 1.0, 0.0]}, cut after a few. */
    protected static String rowText(DMatrixRMaj m, int r) {
        StringBuilder sb = new StringBuilder("[");
        for (int j = 0; j < m.numCols; j++) {
            if (j == SHOWN) {
                sb.append(", … (").append(m.numCols).append(" columns)");
                break;
            }
            sb.append(j == 0 ? "" : ", ").append(m.get(r, j));
        }
        return sb.append(']').toString();
    }

    private static String shape(DMatrixRMaj m) {
        return m == null ? "null" : m.numRows + "x" + m.numCols;
    }

    private static int largestEntry(double[] row) {
        int j = 0;
        for (int c = 1; c < row.length; c++) {
            if (Math.abs(row[c]) > Math.abs(row[j])) {
                j = c;
            }
        }
        return j;
    }
}
