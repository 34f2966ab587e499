package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StratifiedTest {

    /** 100 rows: class 0 has 70, class 1 has 20, class 2 has 10; feature 0 is the row number. */
    private static Dataset imbalanced() {
        double[][] x = new double[100][1];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            x[i][0] = i;
            labels[i] = i < 70 ? 0 : i < 90 ? 1 : 2;
        }
        return Dataset.classification(x, labels, 3).withNames(List.of("row"), List.of("a", "b", "c"));
    }

    private static Set<Double> rowIds(Dataset d) {
        Set<Double> ids = new HashSet<>();
        for (double v : d.xView().data) {
            ids.add(v);
        }
        return ids;
    }

    @Test
    void stratifiedSplit_splitsEveryClassInTheSameProportion() {
        Dataset.Split s = imbalanced().stratifiedSplit(0.8, 1);
        assertArrayEquals(new int[] {56, 16, 8}, s.first().classCounts());
        assertArrayEquals(new int[] {14, 4, 2}, s.second().classCounts());
        Set<Double> a = rowIds(s.first());
        Set<Double> b = rowIds(s.second());
        assertEquals(80, a.size());
        a.retainAll(b);
        assertTrue(a.isEmpty(), "the parts share rows " + a);
        assertEquals(List.of("a", "b", "c"), s.first().classNames());
    }

    @Test
    void stratifiedSplit_unevenFractions_stayWithinOneRowPerClass_andAddUpToRoundedN() {
        Dataset d = imbalanced();
        int[] counts = d.classCounts();
        for (double f : new double[] {0.13, 0.37, 0.5, 0.71, 0.93}) {
            for (long seed = 0; seed < 3; seed++) {
                Dataset.Split s = d.stratifiedSplit(f, seed);
                int[] first = s.first().classCounts();
                for (int c = 0; c < 3; c++) {
                    assertTrue(Math.abs(first[c] - f * counts[c]) < 1, "class " + c + " at " + f + ": " + first[c]);
                    assertEquals(counts[c], first[c] + s.second().classCounts()[c]);
                }
                assertEquals(Math.round(f * 100), s.first().size(), "fraction " + f);
            }
        }
    }

    @Test
    void plainSplit_canMissTheRareClass_theStratifiedOneCannot() {
        Dataset d = imbalanced();
        boolean plainOff = false;
        for (long seed = 0; seed < 20; seed++) {
            int rare = d.split(0.9, seed).second().classCounts()[2];
            plainOff |= rare != 1;
            assertEquals(1, d.stratifiedSplit(0.9, seed).second().classCounts()[2], "seed " + seed);
        }
        assertTrue(plainOff, "a plain split of 10 rare rows puts other than 1 into the 10% part for some seed");
    }

    @Test
    void stratifiedSample_keepsTheClassProportions_largestRemaindersFirst() {
        Dataset d = imbalanced();
        assertArrayEquals(new int[] {7, 2, 1}, d.stratifiedSample(10, 4).classCounts());
        // 15 rows: exact 10.5, 3, 1.5; the tie in remainders goes to the lower class
        assertArrayEquals(new int[] {11, 3, 1}, d.stratifiedSample(15, 4).classCounts());
        assertArrayEquals(new int[] {70, 20, 10}, d.stratifiedSample(100, 4).classCounts());
        assertEquals(100, rowIds(d.stratifiedSample(100, 4)).size(), "all rows, each once");
    }

    @Test
    void stratifiedSample_isSeeded_andShuffled() {
        Dataset d = imbalanced();
        assertArrayEquals(d.stratifiedSample(30, 9).xView().data, d.stratifiedSample(30, 9).xView().data);
        assertNotEquals(Arrays.toString(d.stratifiedSample(30, 9).xView().data),
                Arrays.toString(d.stratifiedSample(30, 10).xView().data));
        int[] labels = d.stratifiedSample(30, 9).labels();
        int[] sorted = labels.clone();
        Arrays.sort(sorted);
        assertNotEquals(Arrays.toString(sorted), Arrays.toString(labels), "the classes are mixed, not in blocks");
    }

    @Test
    void binaryTargets_areStratifiedToo() {
        Dataset d = Datasets.breastCancer();
        // 455 rows: exact 169.52 and 285.48; the larger remainder gets the last row
        assertArrayEquals(new int[] {170, 285}, d.stratifiedSplit(0.8, 2).first().classCounts());
    }

    @Test
    void badArguments_andRegressionTargets_areRejectedNamingTheValue() {
        Dataset d = imbalanced();
        var n = assertThrows(IllegalArgumentException.class, () -> d.stratifiedSample(0, 1));
        assertTrue(n.getMessage().contains("n=0"), n.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.stratifiedSample(101, 1));
        var f = assertThrows(IllegalArgumentException.class, () -> d.stratifiedSplit(1.0, 1));
        assertTrue(f.getMessage().contains("firstFraction=1.0"), f.getMessage());
        var regression = assertThrows(IllegalArgumentException.class, () -> Datasets.diabetes().stratifiedSplit(0.8, 1));
        assertTrue(regression.getMessage().contains("stratifiedSplit") && regression.getMessage().contains("151.0"),
                regression.getMessage());
    }
}
