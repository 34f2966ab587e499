package nnlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nnlab.mat.MatrixOps;
import org.ejml.data.DMatrixRMaj;

/**
 * Examples and their targets: {@code x} is N × d (one example per row), {@code y} is N × k.
 * Immutable: the constructor copies its matrices and the accessors return copies, so a dataset
 * can be shared between runs. Construction rejects empty data, mismatched row counts and
 * non-finite values, naming the row and column.
 */
public final class Dataset {

    private final DMatrixRMaj x;
    private final DMatrixRMaj y;

    /**
     * @param x N × d features; Not modified (copied).
     * @param y N × k targets; Not modified (copied).
     */
    public Dataset(DMatrixRMaj x, DMatrixRMaj y) {
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
                    + "; every example needs exactly one target row.");
        }
        requireFinite("x", x);
        requireFinite("y", y);
        this.x = x.copy();
        this.y = y.copy();
    }

    /** From arrays, one inner array per example. */
    public static Dataset of(double[][] x, double[][] y) {
        return new Dataset(matrix("x", x), matrix("y", y));
    }

    /**
     * A classification dataset from integer labels: one target column of 0/1 when
     * {@code classes == 2}, one-hot columns otherwise.
     *
     * @throws IllegalArgumentException naming the first label outside [0, classes)
     */
    public static Dataset classification(double[][] x, int[] labels, int classes) {
        return classification(matrix("x", x), labels, classes);
    }

    /** As {@link #classification(double[][], int[], int)} with x as a matrix. */
    public static Dataset classification(DMatrixRMaj x, int[] labels, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("Classification needs at least 2 classes. Received: classes=" + classes);
        }
        DMatrixRMaj y = MatrixOps.oneHot(labels, classes);
        if (classes == 2) {
            DMatrixRMaj single = new DMatrixRMaj(labels.length, 1);
            for (int i = 0; i < labels.length; i++) {
                single.data[i] = y.get(i, 1);
            }
            y = single;
        }
        return new Dataset(x, y);
    }

    /** Number of examples N. */
    public int size() { return x.numRows; }

    /** Number of feature columns d. */
    public int features() { return x.numCols; }

    /** Number of target columns k. */
    public int targets() { return y.numCols; }

    /** A copy of the features. */
    public DMatrixRMaj x() { return x.copy(); }

    /** A copy of the targets. */
    public DMatrixRMaj y() { return y.copy(); }

    /** The features without copying; package users (the training loop) must not modify it. */
    public DMatrixRMaj xView() { return x; }

    /** The targets without copying; must not be modified. */
    public DMatrixRMaj yView() { return y; }

    /** Integer labels, one per row, by {@link MatrixOps#classOf}: y ≥ 0.5 for one column, argmax otherwise. */
    public int[] labels() {
        return MatrixOps.classes(y);
    }

    /** The examples at the given row indices, in that order. */
    public Dataset rows(int[] indices) {
        for (int i : indices) {
            if (i < 0 || i >= size()) {
                throw new IllegalArgumentException("Row index " + i + " is outside [0, " + size() + ").");
            }
        }
        DMatrixRMaj xs = new DMatrixRMaj(indices.length, x.numCols);
        DMatrixRMaj ys = new DMatrixRMaj(indices.length, y.numCols);
        MatrixOps.gatherRows(x, indices, 0, indices.length, xs);
        MatrixOps.gatherRows(y, indices, 0, indices.length, ys);
        return new Dataset(xs, ys);
    }

    /** The same examples in a random order drawn from {@code seed}. */
    public Dataset shuffled(long seed) {
        return rows(permutation(size(), new Random(seed)));
    }

    /**
     * Splits after shuffling with {@code seed}: the first part gets {@code round(firstFraction·N)}
     * examples, the second the rest.
     *
     * @param firstFraction in (0, 1), e.g. 0.8 for an 80/20 train/test split
     */
    public Split split(double firstFraction, long seed) {
        if (!(firstFraction > 0 && firstFraction < 1)) {
            throw new IllegalArgumentException("The split fraction must be in (0, 1), e.g. 0.8. Received: firstFraction="
                    + firstFraction);
        }
        int first = (int) Math.round(firstFraction * size());
        if (first == 0 || first == size()) {
            throw new IllegalArgumentException("Splitting " + size() + " examples at " + firstFraction
                    + " leaves one part empty. Use more data or a fraction closer to 0.5.");
        }
        int[] order = permutation(size(), new Random(seed));
        int[] a = Arrays.copyOfRange(order, 0, first);
        int[] b = Arrays.copyOfRange(order, first, order.length);
        return new Split(rows(a), rows(b));
    }

    /** Two disjoint parts of a dataset (train/test, train/validation). */
    public record Split(Dataset first, Dataset second) {}

    /**
     * The k folds of k-fold cross-validation. The rows are shuffled once with {@code seed} and cut
     * into k parts whose sizes differ by at most one; fold i validates on part i and trains on the
     * other k − 1 parts, so every example is validated on exactly once. In each {@link Split},
     * {@code first()} is the training part, {@code second()} the validation part.
     *
     * @param k the number of folds, from 2 up to the number of examples; 5 or 10 are usual
     */
    public List<Split> kFold(int k, long seed) {
        if (k < 2 || k > size()) {
            throw new IllegalArgumentException("k-fold needs k between 2 and the number of examples (" + size()
                    + "), e.g. 5. Received: k=" + k);
        }
        int[] order = permutation(size(), new Random(seed));
        List<Split> folds = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            // part i is order[⌊iN/k⌋, ⌊(i+1)N/k⌋): sizes differ by at most one
            int from = (int) ((long) i * size() / k);
            int to = (int) ((long) (i + 1) * size() / k);
            int[] valid = Arrays.copyOfRange(order, from, to);
            int[] train = new int[size() - valid.length];
            System.arraycopy(order, 0, train, 0, from);
            System.arraycopy(order, to, train, from, size() - to);
            folds.add(new Split(rows(train), rows(valid)));
        }
        return folds;
    }

    /**
     * Random oversampling for imbalanced classes: rows of every smaller class are repeated, drawn
     * at random with {@code seed}, until each class has as many rows as the largest; the result is
     * shuffled. Every original row is kept. Repeating rows gives the minority class more weight in
     * the mean loss, much as class weights do, but it adds no information: the repeated points
     * are easier to memorise.
     */
    public Dataset oversample(long seed) {
        int[][] byClass = rowsByClass();
        int largest = Arrays.stream(byClass).mapToInt(r -> r.length).max().orElse(0);
        Random rng = new Random(seed);
        int[] out = new int[largest * byClass.length];
        int n = 0;
        for (int[] rows : byClass) {
            if (rows.length == 0) {
                continue;
            }
            for (int i = 0; i < largest; i++) {
                // each row once, then random repeats
                out[n++] = i < rows.length ? rows[i] : rows[rng.nextInt(rows.length)];
            }
        }
        int[] kept = Arrays.copyOf(out, n);
        shuffle(kept, rng);
        return rows(kept);
    }

    /**
     * Random undersampling: every larger class keeps only as many rows as the smallest class that
     * occurs, drawn at random with {@code seed}; the result is shuffled. Balances the classes by
     * throwing data away.
     */
    public Dataset undersample(long seed) {
        int[][] byClass = rowsByClass();
        int smallest = Arrays.stream(byClass).mapToInt(r -> r.length).filter(c -> c > 0).min().orElse(0);
        Random rng = new Random(seed);
        int[] out = new int[smallest * byClass.length];
        int n = 0;
        for (int[] rows : byClass) {
            if (rows.length == 0) {
                continue;
            }
            int[] order = rows.clone();
            shuffle(order, rng);
            System.arraycopy(order, 0, out, n, smallest);
            n += smallest;
        }
        int[] kept = Arrays.copyOf(out, n);
        shuffle(kept, rng);
        return rows(kept);
    }

    /**
     * Label noise: each row's class is changed with probability {@code fraction} (a coin
     * {@code rng.nextDouble() < fraction} per row, in row order, from {@code seed}). A 0/1
     * target becomes 1 − y; a one-hot row moves to one of the other k − 1 classes, drawn
     * uniformly. The features are unchanged. {@link #labelDifferences} counts what changed:
     * {@code noisy.labelDifferences(clean)}.
     *
     * @param fraction in [0, 1], e.g. 0.2
     */
    public Dataset withFlippedLabels(double fraction, long seed) {
        checkFraction("fraction", fraction, true);
        requireClassLabels("Flipping labels");
        Random rng = new Random(seed);
        DMatrixRMaj flipped = y.copy();
        int k = y.numCols;
        for (int i = 0; i < size(); i++) {
            if (rng.nextDouble() < fraction) {
                if (k == 1) {
                    flipped.data[i] = 1 - flipped.data[i];
                } else {
                    int from = MatrixOps.classOf(y, i);
                    int to = (from + 1 + rng.nextInt(k - 1)) % k;
                    flipped.set(i, from, 0);
                    flipped.set(i, to, 1);
                }
            }
        }
        return new Dataset(x, flipped);
    }

    /** The number of rows whose class ({@link #labels()}) differs from the same row of {@code other}. */
    public int labelDifferences(Dataset other) {
        if (other.size() != size()) {
            throw new IllegalArgumentException("Compare datasets of the same size: this has " + size() + " rows, the other "
                    + other.size() + ".");
        }
        int[] a = labels();
        int[] b = other.labels();
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }

    /**
     * Class rarity: keeps every row of the other classes and each row of class
     * {@code classLabel} with probability {@code fraction} (a coin {@code rng.nextDouble() <
     * fraction} per row of that class, in row order, from {@code seed}), so about
     * fraction × its count remain. Row order is kept.
     *
     * @param classLabel a class of {@link #labels()}: 0 or 1 for one 0/1 column, 0 … k−1 for one-hot
     * @param fraction   in (0, 1], e.g. 0.05 to keep 5%
     */
    public Dataset keepFraction(int classLabel, double fraction, long seed) {
        checkFraction("fraction", fraction, false);
        requireClassLabels("keepFraction");
        int classes = Math.max(2, targets());
        if (classLabel < 0 || classLabel >= classes) {
            throw new IllegalArgumentException("The class must be between 0 and " + (classes - 1) + ". Received: classLabel="
                    + classLabel);
        }
        int[] labels = labels();
        Random rng = new Random(seed);
        int[] keep = new int[labels.length];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != classLabel || rng.nextDouble() < fraction) {
                keep[n++] = i;
            }
        }
        return rows(Arrays.copyOf(keep, n));
    }

    /** The number of rows of each class of {@link #labels()} (at least 2 entries). */
    public int[] classCounts() {
        int[] counts = new int[Math.max(2, targets())];
        for (int c : labels()) {
            counts[c]++;
        }
        return counts;
    }

    private static void checkFraction(String name, double f, boolean zeroAllowed) {
        if (!(f <= 1 && (zeroAllowed ? f >= 0 : f > 0))) {
            throw new IllegalArgumentException("The " + name + " must be in " + (zeroAllowed ? "[0, 1]" : "(0, 1]")
                    + ", e.g. 0.2. Received: " + name + "=" + f);
        }
    }

    /** Rejects targets that are not 0/1 (one column) or one-hot rows (k columns), naming the first bad row. */
    private void requireClassLabels(String what) {
        for (int i = 0; i < size(); i++) {
            int ones = 0;
            for (int j = 0; j < y.numCols; j++) {
                double t = y.get(i, j);
                if (t != 0 && t != 1) {
                    throw new IllegalArgumentException(what + " needs class labels: 0/1 targets or one-hot rows. Received:"
                            + " target " + t + " at row " + i + ", column " + j + ".");
                }
                ones += (int) t;
            }
            if (y.numCols > 1 && ones != 1) {
                throw new IllegalArgumentException(what + " needs class labels: one-hot rows have exactly one 1. Received: "
                        + ones + " ones at row " + i + ".");
            }
        }
    }

    /** The row indices of each class (see {@link #labels()}), in row order. */
    private int[][] rowsByClass() {
        requireClassLabels("Over- and undersampling");
        int[] labels = labels();
        int classes = Math.max(2, targets());
        int[] counts = classCounts();
        int[][] byClass = new int[classes][];
        for (int c = 0; c < classes; c++) {
            byClass[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][counts[labels[i]]++] = i;
        }
        return byClass;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    public static int[] permutation(int n, Random rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, rng);
        return p;
    }

    /** Shuffles {@code a} in place (Fisher–Yates); allocates nothing. */
    public static void shuffle(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static DMatrixRMaj matrix(String what, double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException(what + " is empty; a dataset needs at least one example.");
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

    private static void requireFinite(String what, DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                throw new IllegalArgumentException(what + " has the value " + m.data[i] + " at row " + (i / m.numCols)
                        + ", column " + (i % m.numCols) + ". Remove or impute missing values before training.");
            }
        }
    }

    @Override
    public String toString() {
        return "Dataset(" + size() + " examples, " + features() + " features, " + targets() + " target columns)";
    }
}
