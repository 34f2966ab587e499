package nnlab.data;

import java.util.Arrays;
import java.util.Random;
import nnlab.mat.MatrixOps;
import org.ejml.data.DMatrixRMaj;

/** The class-based resampling behind {@link Dataset}'s oversample, undersample, label noise and rarity. */
final class Resampling {

    private Resampling() {}

    /**
     * Random oversampling for imbalanced classes: rows of every smaller class are repeated, drawn
     * at random with {@code seed}, until each class has as many rows as the largest; the result is
     * shuffled. Every original row is kept. Repeating rows gives the minority class more weight in
     * the mean loss, much as class weights do, but it adds no information: the repeated points
     * are easier to memorise.
     */
    static Dataset oversample(Dataset d, long seed) {
        int[][] byClass = rowsByClass(d);
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
        Dataset.shuffle(kept, rng);
        return d.rows(kept);
    }

    /**
     * Random undersampling: every larger class keeps only as many rows as the smallest class that
     * occurs, drawn at random with {@code seed}; the result is shuffled. Balances the classes by
     * throwing data away.
     */
    static Dataset undersample(Dataset d, long seed) {
        int[][] byClass = rowsByClass(d);
        int smallest = Arrays.stream(byClass).mapToInt(r -> r.length).filter(c -> c > 0).min().orElse(0);
        Random rng = new Random(seed);
        int[] out = new int[smallest * byClass.length];
        int n = 0;
        for (int[] rows : byClass) {
            if (rows.length == 0) {
                continue;
            }
            int[] order = rows.clone();
            Dataset.shuffle(order, rng);
            System.arraycopy(order, 0, out, n, smallest);
            n += smallest;
        }
        int[] kept = Arrays.copyOf(out, n);
        Dataset.shuffle(kept, rng);
        return d.rows(kept);
    }

    /**
     * Label noise: each row's class is changed with probability {@code fraction} (a coin
     * {@code rng.nextDouble() < fraction} per row, in row order, from {@code seed}). A 0/1
     * target becomes 1 − y; a one-hot row moves to one of the other k − 1 classes, drawn
     * uniformly. The features are unchanged. {@link Dataset#labelDifferences} counts what changed:
     * {@code noisy.labelDifferences(clean)}.
     *
     * @param fraction in [0, 1], e.g. 0.2
     */
    static Dataset withFlippedLabels(Dataset d, double fraction, long seed) {
        checkFraction("fraction", fraction, true);
        requireClassLabels(d, "Flipping labels");
        Random rng = new Random(seed);
        DMatrixRMaj y = d.yView();
        DMatrixRMaj flipped = y.copy();
        int k = y.numCols;
        for (int i = 0; i < d.size(); i++) {
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
        return d.withTargets(flipped);
    }

    /** The number of rows whose class ({@link Dataset#labels()}) differs from the same row of {@code other}. */
    static int labelDifferences(Dataset d, Dataset other) {
        if (other.size() != d.size()) {
            throw new IllegalArgumentException("Compare datasets of the same size: this has " + d.size() + " rows, the other "
                    + other.size() + ".");
        }
        int[] a = d.labels();
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
     * @param classLabel a class of {@link Dataset#labels()}: 0 or 1 for one 0/1 column, 0 … k−1 for one-hot
     * @param fraction   in (0, 1], e.g. 0.05 to keep 5%
     */
    static Dataset keepFraction(Dataset d, int classLabel, double fraction, long seed) {
        checkFraction("fraction", fraction, false);
        requireClassLabels(d, "keepFraction");
        int classes = Math.max(2, d.targets());
        if (classLabel < 0 || classLabel >= classes) {
            throw new IllegalArgumentException("The class must be between 0 and " + (classes - 1) + ". Received: classLabel="
                    + classLabel);
        }
        int[] labels = d.labels();
        Random rng = new Random(seed);
        int[] keep = new int[labels.length];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != classLabel || rng.nextDouble() < fraction) {
                keep[n++] = i;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("keepFraction left no rows: every row is of class " + classLabel
                    + " and none was kept. Use a larger fraction or data with other classes. Received: fraction=" + fraction
                    + ", " + labels.length + " rows");
        }
        return d.rows(Arrays.copyOf(keep, n));
    }

    /** The number of rows of each class of {@link Dataset#labels()} (at least 2 entries). */
    static int[] classCounts(Dataset d) {
        int[] counts = new int[Math.max(2, d.targets())];
        for (int c : d.labels()) {
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
    static void requireClassLabels(Dataset d, String what) {
        DMatrixRMaj y = d.yView();
        for (int i = 0; i < d.size(); i++) {
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

    /** The row indices of each class (see {@link Dataset#labels()}), in row order. */
    private static int[][] rowsByClass(Dataset d) {
        requireClassLabels(d, "Over- and undersampling");
        int[] labels = d.labels();
        int classes = Math.max(2, d.targets());
        int[] counts = classCounts(d);
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
}
