package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResamplingTest {

    /** 10 rows of class 0 (ids 0..9) and 3 of class 1 (ids 10..12); the feature is the id. */
    private static Dataset imbalanced() {
        double[][] x = new double[13][1];
        double[][] y = new double[13][1];
        for (int i = 0; i < 13; i++) {
            x[i][0] = i;
            y[i][0] = i < 10 ? 0 : 1;
        }
        return Dataset.of(x, y);
    }

    private static int count(Dataset d, int cls) {
        int n = 0;
        for (int l : d.labels()) {
            n += l == cls ? 1 : 0;
        }
        return n;
    }

    private static Set<Integer> ids(Dataset d) {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            s.add((int) d.xView().get(i, 0));
        }
        return s;
    }

    @Test
    void oversample_repeatsMinorityRowsUntilTheClassesAreEqual_keepingEveryRow() {
        Dataset o = imbalanced().oversample(1);
        assertEquals(20, o.size());
        assertEquals(10, count(o, 0));
        assertEquals(10, count(o, 1));
        assertEquals(13, ids(o).size()); // all 13 original rows, the 3 minority rows repeated
        for (int i = 0; i < o.size(); i++) {
            double id = o.xView().get(i, 0);
            assertEquals(id < 10 ? 0.0 : 1.0, o.yView().get(i, 0), "row " + i + " lost its label");
        }
    }

    @Test
    void undersample_keepsAsManyOfEachClassAsTheSmallestHas() {
        Dataset u = imbalanced().undersample(1);
        assertEquals(6, u.size());
        assertEquals(3, count(u, 0));
        assertEquals(3, count(u, 1));
        assertEquals(6, ids(u).size());
        assertTrue(ids(u).containsAll(Set.of(10, 11, 12)));
    }

    @Test
    void oneHotClasses_areResampledToo_andRegressionTargetsAreRejected() {
        Dataset three = Dataset.classification(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}}, new int[] {0, 0, 0, 1, 1, 2}, 3);
        Dataset o = three.oversample(2);
        assertEquals(9, o.size());
        assertEquals(3, count(o, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[][] {{0}, {1}}, new double[][] {{0.3}, {1.0}}).oversample(1));
        assertTrue(e.getMessage().contains("0.3"), e.getMessage());
    }
}
