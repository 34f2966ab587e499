package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class AugmentTest {

    /** The 3 × 3 image 1 2 3 / 4 5 6 / 7 8 9, row after row. */
    private static double[] image() {
        return new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
    }

    @Test
    void shiftImage_movesA3x3ImageByOnePixel_andFillsWithZero() {
        double[] down = image();
        Augment.shiftImage(down, 0, 3, 1, 0);
        assertArrayEquals(new double[] {0, 0, 0, 1, 2, 3, 4, 5, 6}, down);
        double[] left = image();
        Augment.shiftImage(left, 0, 3, 0, -1);
        assertArrayEquals(new double[] {2, 3, 0, 5, 6, 0, 8, 9, 0}, left);
        double[] upRight = image();
        Augment.shiftImage(upRight, 0, 3, -1, 1);
        assertArrayEquals(new double[] {0, 4, 5, 0, 7, 8, 0, 0, 0}, upRight);
        double[] downRight = image();
        Augment.shiftImage(downRight, 0, 3, 1, 1);
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 2, 0, 4, 5}, downRight);
    }

    @Test
    void shiftImage_touchesOnlyItsOwnRow() {
        double[] two = new double[18];
        System.arraycopy(image(), 0, two, 9, 9);
        Augment.shiftImage(two, 9, 3, 1, 0);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6}, two);
    }

    @Test
    void shiftByOne_drawsEachOfTheNinePositions_andNothingElse() {
        Set<List<Double>> expected = new HashSet<>();
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                double[] im = image();
                Augment.shiftImage(im, 0, 3, dr, dc);
                expected.add(boxed(im));
            }
        }
        assertEquals(9, expected.size());
        DMatrixRMaj x = new DMatrixRMaj(900, 9);
        for (int i = 0; i < 900; i++) {
            System.arraycopy(image(), 0, x.data, 9 * i, 9);
        }
        Augment.shift(1).transform(x, new Random(1));
        Set<List<Double>> seen = new HashSet<>();
        for (int i = 0; i < 900; i++) {
            double[] row = new double[9];
            System.arraycopy(x.data, 9 * i, row, 0, 9);
            assertTrue(expected.contains(boxed(row)), "row " + i + " is one of the nine shifts");
            seen.add(boxed(row));
        }
        assertEquals(expected, seen);
    }

    @Test
    void mirrorTwice_isTheIdentity_andOnceReversesEachRow() {
        double[] im = image();
        Augment.mirror(im, 0, 3);
        assertArrayEquals(new double[] {3, 2, 1, 6, 5, 4, 9, 8, 7}, im);
        Augment.mirror(im, 0, 3);
        assertArrayEquals(image(), im);
        double[] even = {1, 2, 3, 4};
        Augment.mirror(even, 0, 2);
        assertArrayEquals(new double[] {2, 1, 4, 3}, even);
    }

    @Test
    void flipHorizontal_mirrorsAboutHalfTheImages_andLeavesTheRestAlone() {
        int n = 2000;
        DMatrixRMaj x = new DMatrixRMaj(n, 9);
        for (int i = 0; i < n; i++) {
            System.arraycopy(image(), 0, x.data, 9 * i, 9);
        }
        Augment.flipHorizontal().transform(x, new Random(2));
        int flipped = 0;
        for (int i = 0; i < n; i++) {
            double first = x.data[9 * i];
            assertTrue(first == 1 || first == 3);
            flipped += first == 3 ? 1 : 0;
        }
        // binomial(2000, ½): standard deviation √500 ≈ 22.4; 4 of them
        assertEquals(n / 2.0, flipped, 4 * Math.sqrt(n / 4.0));
    }

    @Test
    void jitter_addsNoiseOfMeanZeroAndVarianceSigmaSquared() {
        int n = 20_000;
        double sigma = 0.3;
        DMatrixRMaj x = new DMatrixRMaj(n, 2);
        x.fill(5);
        Augment.jitter(sigma).transform(x, new Random(3));
        int m = x.getNumElements();
        double mean = 0;
        for (double v : x.data) {
            mean += v / m;
        }
        double var = 0;
        for (double v : x.data) {
            var += (v - 5) * (v - 5) / m;
        }
        // standard errors: σ/√m for the mean, σ²·√(2/m) for the variance of a normal sample
        assertEquals(5, mean, 4 * sigma / Math.sqrt(m));
        assertEquals(sigma * sigma, var, 4 * sigma * sigma * Math.sqrt(2.0 / m));
    }

    @Test
    void noise_keepsPixelsInTheUnitRange_andMovesThem() {
        DMatrixRMaj x = new DMatrixRMaj(100, 4);
        x.fill(0.9);
        Augment.noise(0.5).transform(x, new Random(4));
        int moved = 0;
        for (double v : x.data) {
            assertTrue(v >= 0 && v <= 1, "pixel " + v);
            moved += v != 0.9 ? 1 : 0;
        }
        assertEquals(400, moved);
    }

    @Test
    void then_appliesBothInOrder_andApplyLeavesTheDataAlone() {
        Dataset d = Dataset.of(new double[][] {image()}, new double[][] {{1}});
        // a shift by (dr, dc), then a mirror with probability ½: one of 18 images, all with the 3 × 3's pixels moved
        Augment a = Augment.shift(1).then(Augment.flipHorizontal());
        assertEquals("Augment.shift(1).then(flipHorizontal())", a.toString());
        Dataset once = a.apply(d, 5);
        Dataset again = a.apply(d, 5);
        assertArrayEquals(once.xView().data, again.xView().data, "the same seed draws the same copy");
        assertArrayEquals(image(), d.xView().data, "the data given is not modified");
        assertArrayEquals(d.yView().data, once.yView().data, "targets are kept");
    }

    private static List<Double> boxed(double[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
