package nnlab.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Stratified splits and subsets, behind {@link Dataset#stratifiedSplit} and
 * {@link Dataset#stratifiedSample}, and the rows {@link FashionMnist} reads for a subset: one
 * rule for which rows of each class are drawn, so a subset read from the files is the subset of
 * the whole set.
 */
final class Stratified {

    private Stratified() {}

    static Dataset.Split split(Dataset d, double firstFraction, long seed) {
        int n = d.firstPartSize(firstFraction);
        int[][] parts = partition(labels(d, "stratifiedSplit"), Math.max(2, d.targets()), n, new Random(seed));
        return new Dataset.Split(d.rows(parts[0]), d.rows(parts[1]));
    }

    static Dataset sample(Dataset d, int n, long seed) {
        int[] labels = labels(d, "stratifiedSample");
        return d.rows(partition(labels, Math.max(2, d.targets()), n, new Random(seed))[0]);
    }

    /**
     * Row indices of the two parts: the first has n rows, class c gets n_c = ⌊n·N_c/N⌋ of them, plus
     * one for the classes with the largest remainders n·N_c/N − n_c (the lower class first on a tie)
     * until they add up to n. Each class's rows are shuffled with {@code rng} (classes in order) and
     * its first n_c go to the first part; then the first part is shuffled, then the second.
     *
     * @param labels  class of each row, in [0, classes); Not modified.
     * @param n       rows in the first part, from 1 to labels.length
     */
    static int[][] partition(int[] labels, int classes, int n, Random rng) {
        int total = labels.length;
        if (n < 1 || n > total) {
            throw new IllegalArgumentException("A stratified subset has between 1 and " + total + " rows. Received: n=" + n);
        }
        int[] counts = new int[classes];
        for (int c : labels) {
            counts[c]++;
        }
        int[] quota = quotas(counts, n, total);
        int[][] byClass = new int[classes][];
        for (int c = 0; c < classes; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[classes];
        for (int i = 0; i < total; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        int[] first = new int[n];
        int[] second = new int[total - n];
        int a = 0;
        int b = 0;
        for (int c = 0; c < classes; c++) {
            int[] rows = byClass[c];
            Dataset.shuffle(rows, rng);
            System.arraycopy(rows, 0, first, a, quota[c]);
            System.arraycopy(rows, quota[c], second, b, rows.length - quota[c]);
            a += quota[c];
            b += rows.length - quota[c];
        }
        Dataset.shuffle(first, rng);
        Dataset.shuffle(second, rng);
        return new int[][] {first, second};
    }

    /** Largest-remainder apportionment of n rows over the classes, in proportion to their counts. */
    private static int[] quotas(int[] counts, int n, int total) {
        int k = counts.length;
        int[] quota = new int[k];
        double[] remainder = new double[k];
        int given = 0;
        for (int c = 0; c < k; c++) {
            double exact = (double) n * counts[c] / total; // n·N_c/N
            quota[c] = (int) Math.floor(exact);
            remainder[c] = exact - quota[c];
            given += quota[c];
        }
        Integer[] order = new Integer[k];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, (p, q) -> Double.compare(remainder[q], remainder[p])); // stable: lower class first on a tie
        for (int i = 0; given < n; i++) {
            quota[order[i]]++;
            given++;
        }
        return quota;
    }

    private static int[] labels(Dataset d, String what) {
        Resampling.requireClassLabels(d, what);
        return d.labels();
    }
}
