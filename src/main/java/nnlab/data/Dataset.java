package nnlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nnlab.mat.MatrixOps;
import org.ejml.data.DMatrixRMaj;

/**
 * Examples and their targets: {@code x} is N × d (one example per row), {@code y} is N × k.
 * Immutable through its methods: the constructor copies its matrices, {@link #x()} and
 * {@link #y()} return copies, the name lists are unmodifiable, and every operation (rows,
 * splits, folds, resampling, scaling) returns a new dataset, so a dataset can be shared between
 * runs. Construction rejects null, empty data, mismatched row counts and non-finite values,
 * naming the row and column.
 *
 * <p><b>The two views are the exception.</b> {@link #xView()} and {@link #yView()} return the
 * dataset's own matrices, not copies, so the training loop and the metrics read 60,000 rows
 * without copying 376 MB. EJML has no read-only matrix: writing into a view changes this
 * dataset (and the datasets {@link #withNames} made from it, which share the matrices), and
 * nothing detects it. Read a view, never write it; to change values, take {@link #x()}, change
 * the copy and build a new dataset.
 *
 * <p>A dataset may know the names of its feature columns ("petal length") and of its classes
 * ("setosa"); {@link #withNames} sets them, and every subset (rows, splits, folds, resampling)
 * keeps them, so plots and tables can show them. Without names, features are x1 … xd and a
 * class is its number.
 */
public final class Dataset {

    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    /** null: the default names x1 … xd. */
    private final List<String> featureNames;
    /** empty: the classes have no names. */
    private final List<String> classNames;

    /**
     * @param x N × d features; Not modified (copied).
     * @param y N × k targets; Not modified (copied).
     */
    public Dataset(DMatrixRMaj x, DMatrixRMaj y) {
        DatasetChecks.check(x, y);
        this.x = x.copy();
        this.y = y.copy();
        this.featureNames = null;
        this.classNames = List.of();
    }

    /**
     * A dataset over matrices it owns from now on, checked as the constructor checks them but not
     * copied: for loaders that fill a large matrix once (60,000 × 784 doubles are 376 MB).
     */
    static Dataset adopt(DMatrixRMaj x, DMatrixRMaj y) {
        DatasetChecks.check(x, y);
        return new Dataset(x, y, null, List.of());
    }

    /** A dataset over matrices it owns from now on (not copied), with names already checked. */
    private Dataset(DMatrixRMaj x, DMatrixRMaj y, List<String> featureNames, List<String> classNames) {
        this.x = x;
        this.y = y;
        this.featureNames = featureNames;
        this.classNames = classNames;
    }

    /** The same targets and names with new feature values (same number of columns; checked as the constructor checks them). */
    Dataset withFeatures(DMatrixRMaj features) {
        if (features.numCols != x.numCols) {
            throw new IllegalArgumentException("Expected " + x.numCols + " feature columns. Received: " + features.numCols);
        }
        Dataset checked = new Dataset(features, y);
        return new Dataset(checked.x, checked.y, featureNames, classNames);
    }

    /** The same examples with new targets (checked as the constructor checks them) and the same names. */
    Dataset withTargets(DMatrixRMaj targets) {
        Dataset checked = new Dataset(x, targets);
        return new Dataset(checked.x, checked.y, featureNames, classNames);
    }

    /**
     * The same examples with names for the feature columns and for the classes.
     *
     * @param featureNames one per feature column, or null to keep the current ones
     * @param classNames   one per class (2 for one 0/1 column, k for k one-hot columns), or an
     *                     empty list for none (regression targets have none)
     * @throws IllegalArgumentException naming the count that does not match
     */
    public Dataset withNames(List<String> featureNames, List<String> classNames) {
        if (classNames == null) {
            throw new IllegalArgumentException("Give the class names as a list, or List.of() for none (regression)."
                    + " Received: classNames=null");
        }
        DatasetChecks.requireNoNull("feature", featureNames);
        DatasetChecks.requireNoNull("class", classNames);
        List<String> f = featureNames == null ? this.featureNames : List.copyOf(featureNames);
        if (f != null && f.size() != features()) {
            throw new IllegalArgumentException("Give one name per feature column: this dataset has " + features()
                    + " features. Received: " + f.size() + " names " + f);
        }
        List<String> c = List.copyOf(classNames);
        int classes = Math.max(2, targets());
        if (!c.isEmpty() && c.size() != classes) {
            throw new IllegalArgumentException("Give one name per class: these targets have " + classes + " classes. Received: "
                    + c.size() + " names " + c);
        }
        return new Dataset(x, y, f, c);
    }

    /** The names of the feature columns (unmodifiable): given by {@link #withNames}, or x1 … xd. */
    public List<String> featureNames() {
        if (featureNames != null) {
            return featureNames;
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= features(); j++) {
            names.add("x" + j);
        }
        return List.copyOf(names);
    }

    /** The names of the classes (unmodifiable), class 0 first, or an empty list when they have none. */
    public List<String> classNames() { return classNames; }

    /** The name of class {@code c}, or the number itself when the classes have no names. */
    public String className(int c) {
        if (!classNames.isEmpty() && (c < 0 || c >= classNames.size())) {
            throw new IllegalArgumentException("This dataset has " + classNames.size() + " classes (0 to "
                    + (classNames.size() - 1) + "): " + classNames + ". Received: className(" + c + ")");
        }
        return classNames.isEmpty() ? String.valueOf(c) : classNames.get(c);
    }

    /** From arrays, one inner array per example. */
    public static Dataset of(double[][] x, double[][] y) {
        return new Dataset(DatasetChecks.matrix("x", x), DatasetChecks.matrix("y", y));
    }

    /**
     * A classification dataset from integer labels: one target column of 0/1 when
     * {@code classes == 2}, one-hot columns otherwise.
     *
     * @throws IllegalArgumentException naming the first label outside [0, classes)
     */
    public static Dataset classification(double[][] x, int[] labels, int classes) {
        return classification(DatasetChecks.matrix("x", x), labels, classes);
    }

    /** As {@link #classification(double[][], int[], int)} with x as a matrix. */
    public static Dataset classification(DMatrixRMaj x, int[] labels, int classes) {
        if (x == null || labels == null) {
            throw new IllegalArgumentException("Classification needs features x and one label per row."
                    + " Received: " + (x == null ? "x=null" : "labels=null"));
        }
        if (classes < 2) {
            throw new IllegalArgumentException("Classification needs at least 2 classes. Received: classes=" + classes);
        }
        if (labels.length != x.numRows) {
            throw new IllegalArgumentException("Give one label per row: x has " + x.numRows + " rows. Received: "
                    + labels.length + " labels");
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

    /** A copy of the features, the caller's to change. */
    public DMatrixRMaj x() { return x.copy(); }

    /** A copy of the targets. */
    public DMatrixRMaj y() { return y.copy(); }

    /**
     * The features themselves, not a copy: read-only by contract (see the class comment).
     * Writing into it changes this dataset; use {@link #x()} for a copy to change.
     */
    public DMatrixRMaj xView() { return x; }

    /**
     * The targets themselves, not a copy: read-only by contract (see the class comment).
     * Writing into it changes this dataset; use {@link #y()} for a copy to change.
     */
    public DMatrixRMaj yView() { return y; }

    /** Integer labels, one per row, by {@link MatrixOps#classOf}: y ≥ 0.5 for one column, argmax otherwise. */
    public int[] labels() {
        return MatrixOps.classes(y);
    }

    /** The examples at the given row indices, in that order. */
    public Dataset rows(int[] indices) {
        if (indices == null || indices.length == 0) {
            throw new IllegalArgumentException("Pick at least one row, e.g. rows(new int[] {0, 1}). Received: indices="
                    + (indices == null ? "null" : "[]"));
        }
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= size()) {
                throw new IllegalArgumentException("Row index " + i + " is outside [0, " + size() + "). Received: indices["
                        + k + "] = " + i);
            }
        }
        DMatrixRMaj xs = new DMatrixRMaj(indices.length, x.numCols);
        DMatrixRMaj ys = new DMatrixRMaj(indices.length, y.numCols);
        MatrixOps.gatherRows(x, indices, 0, indices.length, xs);
        MatrixOps.gatherRows(y, indices, 0, indices.length, ys);
        return new Dataset(xs, ys, featureNames, classNames);
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
        int first = firstPartSize(firstFraction);
        int[] order = permutation(size(), new Random(seed));
        int[] a = Arrays.copyOfRange(order, 0, first);
        int[] b = Arrays.copyOfRange(order, first, order.length);
        return new Split(rows(a), rows(b));
    }

    /**
     * A stratified split: every class is split in the same proportion. The first part gets
     * n = round(firstFraction·N) rows, of which class c gets ⌊n·N_c/N⌋ or one more (largest
     * remainders first, so the counts add up to n): within one row of firstFraction·N_c. Rows of
     * each class are drawn at random with {@code seed}; each part is shuffled. For class targets
     * only (0/1 or one-hot).
     *
     * @param firstFraction in (0, 1), e.g. 0.8 for an 80/20 train/test split
     */
    public Split stratifiedSplit(double firstFraction, long seed) { return Stratified.split(this, firstFraction, seed); }

    /**
     * A seeded subset of {@code n} rows with the class proportions kept: class c gets ⌊n·N_c/N⌋
     * rows or one more (largest remainders first, so the counts add up to n), drawn at random
     * with {@code seed}; the result is shuffled. It is the first part of
     * {@code stratifiedSplit(n / N, seed)}. For class targets only (0/1 or one-hot).
     *
     * @param n from 1 to {@link #size()}, e.g. 10,000 of Fashion-MNIST's 60,000
     */
    public Dataset stratifiedSample(int n, long seed) { return Stratified.sample(this, n, seed); }

    /** round(firstFraction·N), the first part of a split; rejects a fraction outside (0, 1) or an empty part. */
    int firstPartSize(double firstFraction) {
        return firstPartSize(firstFraction, size());
    }

    /** round(firstFraction · size), checked: both parts of the split must be non-empty. */
    static int firstPartSize(double firstFraction, int size) {
        if (!(firstFraction > 0 && firstFraction < 1)) {
            throw new IllegalArgumentException("The split fraction must be in (0, 1), e.g. 0.8. Received: firstFraction="
                    + firstFraction);
        }
        int first = (int) Math.round(firstFraction * size);
        if (first == 0 || first == size) {
            throw new IllegalArgumentException("Splitting " + size + " examples at " + firstFraction
                    + " leaves one part empty. Use more data or a fraction closer to 0.5.");
        }
        return first;
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
    public Dataset oversample(long seed) { return Resampling.oversample(this, seed); }

    /**
     * Random undersampling: every larger class keeps only as many rows as the smallest class that
     * occurs, drawn at random with {@code seed}; the result is shuffled. Balances the classes by
     * throwing data away.
     */
    public Dataset undersample(long seed) { return Resampling.undersample(this, seed); }

    /**
     * Label noise: each row's class is changed with probability {@code fraction} (a coin
     * {@code rng.nextDouble() < fraction} per row, in row order, from {@code seed}). A 0/1
     * target becomes 1 − y; a one-hot row moves to one of the other k − 1 classes, drawn
     * uniformly. The features are unchanged. {@link #labelDifferences} counts what changed:
     * {@code noisy.labelDifferences(clean)}.
     *
     * @param fraction in [0, 1], e.g. 0.2
     */
    public Dataset withFlippedLabels(double fraction, long seed) { return Resampling.withFlippedLabels(this, fraction, seed); }

    /** The number of rows whose class ({@link #labels()}) differs from the same row of {@code other}. */
    public int labelDifferences(Dataset other) { return Resampling.labelDifferences(this, other); }

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
        return Resampling.keepFraction(this, classLabel, fraction, seed);
    }

    /** The number of rows of each class of {@link #labels()} (at least 2 entries). */
    public int[] classCounts() { return Resampling.classCounts(this); }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    public static int[] permutation(int n, Random rng) {
        if (n < 0 || rng == null) {
            throw new IllegalArgumentException("A permutation needs n >= 0 and a Random, e.g. permutation(10, new Random(1))."
                    + " Received: n=" + n + ", rng=" + rng);
        }
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, rng);
        return p;
    }

    /** Shuffles {@code a} in place (Fisher–Yates); allocates nothing. */
    public static void shuffle(int[] a, Random rng) {
        if (a == null || rng == null) {
            throw new IllegalArgumentException("shuffle needs an array and a Random, e.g. shuffle(order, new Random(1))."
                    + " Received: " + (a == null ? "a=null" : "rng=null"));
        }
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    public String toString() {
        return "Dataset(" + size() + " examples, " + features() + " features, " + targets() + " target columns"
                + (classNames.isEmpty() ? "" : ", classes " + classNames) + ")";
    }
}
