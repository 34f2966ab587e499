package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void nanInput_isRejectedNamingRowAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[][] {{1, 2}, {3, Double.NaN}}, new double[][] {{0}, {1}}));
        assertTrue(e.getMessage().contains("NaN at row 1, column 1"), e.getMessage());
    }

    @Test
    void emptyAndMismatchedData_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> Dataset.of(new double[0][], new double[0][]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new DMatrixRMaj(3, 2), new DMatrixRMaj(2, 1)));
        assertTrue(e.getMessage().contains("3 rows") && e.getMessage().contains("2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification(new double[][] {{1}, {2}}, new int[] {0, 2}, 2));
    }

    @Test
    void split_isShuffledDisjointAndReproducible() {
        double[][] x = new double[100][1];
        for (int i = 0; i < 100; i++) {
            x[i][0] = i;
        }
        Dataset d = Dataset.of(x, x);
        Dataset.Split s = d.split(0.8, 5);
        assertEquals(80, s.first().size());
        assertEquals(20, s.second().size());
        Set<Double> seen = new HashSet<>();
        for (double v : s.first().x().data) {
            seen.add(v);
        }
        for (double v : s.second().x().data) {
            assertTrue(seen.add(v), "row " + v + " is in both parts");
        }
        double[] tail = Arrays.copyOfRange(d.x().data, 80, 100);
        assertNotEquals(Arrays.toString(tail), Arrays.toString(s.second().x().data), "not simply the last rows");
        assertArrayEquals(s.second().x().data, d.split(0.8, 5).second().x().data, 0.0);
    }

    @Test
    void standardizer_learnsFromOneSetAndAppliesToAnother() {
        Dataset train = Dataset.of(new double[][] {{1, 5}, {3, 5}}, new double[][] {{0}, {1}});
        Standardizer s = Standardizer.fit(train);
        assertArrayEquals(new double[] {-1, 0, 1, 0}, s.apply(train).x().data, 1e-15);
        Dataset other = Dataset.of(new double[][] {{5, 6}}, new double[][] {{1}});
        assertArrayEquals(new double[] {3, 1}, s.apply(other).x().data, 1e-15);
    }

    @Test
    void generators_areReproducibleAndBalanced() {
        Dataset a = Synthetic.moons(100, 0.1, 3);
        Dataset b = Synthetic.moons(100, 0.1, 3);
        assertArrayEquals(a.x().data, b.x().data, 0.0);
        assertEquals(50, Arrays.stream(a.labels()).sum());
        assertEquals(3, Synthetic.spirals(30, 3, 0.1, 1).targets());
        assertEquals(4, Synthetic.blobs(40, 4, 0.5, 1).targets());
        assertEquals(1, Synthetic.circles(40, 0.05, 0.5, 1).targets());
        Dataset r = Synthetic.regression(20, v -> 2 * v + 1, 0, 1, 0, 1);
        for (int i = 0; i < r.size(); i++) {
            assertEquals(2 * r.xView().data[i] + 1, r.yView().data[i], 1e-15);
        }
    }

    @Test
    void xorLabels_followTheSignsOfTheCoordinates() {
        Dataset d = Synthetic.xor(50, 0, 2);
        int[] labels = d.labels();
        for (int i = 0; i < d.size(); i++) {
            boolean differ = (d.xView().get(i, 0) > 0) != (d.xView().get(i, 1) > 0);
            assertEquals(differ ? 1 : 0, labels[i]);
        }
    }

    @Test
    void views_areTheLiveMatrices_asDocumented_andCopiesAreIndependent() {
        Dataset d = Dataset.of(new double[][] {{1, 2}, {3, 4}}, new double[][] {{0}, {1}});
        assertSame(d.xView(), d.xView(), "a view, not a copy: the training loop reads it without copying");
        assertSame(d.yView(), d.yView());
        DMatrixRMaj copy = d.x();
        copy.set(0, 0, 99);
        d.y().set(0, 0, 99);
        assertEquals(1.0, d.xView().get(0, 0), 0.0, "changing a copy leaves the dataset alone");
        assertEquals(0.0, d.yView().get(0, 0), 0.0);
        DMatrixRMaj source = new DMatrixRMaj(new double[][] {{5}});
        Dataset owned = new Dataset(source, new DMatrixRMaj(new double[][] {{1}}));
        source.set(0, 0, -5);
        assertEquals(5.0, owned.xView().get(0, 0), 0.0, "the constructor copies");
        assertThrows(UnsupportedOperationException.class, () -> d.featureNames().add("x3"));
        assertThrows(UnsupportedOperationException.class, () -> d.withNames(null, List.of("a", "b")).classNames().set(0, "z"));
    }
}
