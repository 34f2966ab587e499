package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelNoiseAndRarityTest {

    @Test
    void flippedBinaryLabels_areTheRowsWhoseCoinCameUp_andFeaturesStay() {
        Dataset clean = Synthetic.moons(300, 0.2, 8);
        Dataset noisy = clean.withFlippedLabels(0.2, 3);
        // the notebook's loop: one coin per row from Random(3)
        Random coin = new Random(3);
        int expected = 0;
        for (int i = 0; i < clean.size(); i++) {
            boolean flip = coin.nextDouble() < 0.2;
            expected += flip ? 1 : 0;
            assertEquals(flip ? 1 - clean.yView().data[i] : clean.yView().data[i], noisy.yView().data[i]);
        }
        assertEquals(expected, noisy.labelDifferences(clean));
        assertTrue(expected > 40 && expected < 80, "about 20% of 300: " + expected);
        assertArrayEquals(clean.xView().data, noisy.xView().data, 0.0);
        assertEquals(0, clean.withFlippedLabels(0, 3).labelDifferences(clean));
        assertEquals(300, clean.withFlippedLabels(1, 3).labelDifferences(clean));
    }

    @Test
    void flippedOneHotLabels_moveToAnotherClass_andStayOneHot() {
        Dataset spirals = Synthetic.spirals(90, 3, 0.1, 1);
        Dataset noisy = spirals.withFlippedLabels(1, 2);
        assertEquals(90, noisy.labelDifferences(spirals), "every row flipped, none to its own class");
        for (int i = 0; i < noisy.size(); i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += noisy.yView().get(i, j);
            }
            assertEquals(1.0, sum);
        }
        int[] counts = noisy.classCounts();
        assertTrue(counts[0] > 15 && counts[1] > 15 && counts[2] > 15, "both other classes are drawn: "
                + java.util.Arrays.toString(counts));
    }

    @Test
    void keepFraction_keepsEveryOtherRow_andTheCoinsRowsOfTheRareClass() {
        Dataset full = Synthetic.moons(2000, 0.3, 1);
        Dataset rare = full.keepFraction(1, 0.05, 1);
        // the notebook's loop: a coin only for the rows of class 1
        int[] y = full.labels();
        Random rng = new Random(1);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0 || rng.nextDouble() < 0.05) {
                keep.add(i);
            }
        }
        Dataset expected = full.rows(keep.stream().mapToInt(Integer::intValue).toArray());
        assertArrayEquals(expected.xView().data, rare.xView().data, 0.0);
        int[] counts = rare.classCounts();
        assertEquals(1000, counts[0]);
        assertTrue(counts[1] > 25 && counts[1] < 80, "about 5% of 1000: " + counts[1]);
    }

    @Test
    void badFractionsClassesAndTargets_areRejectedEchoingTheValue() {
        Dataset d = Synthetic.moons(20, 0.1, 1);
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> d.withFlippedLabels(1.5, 1));
        assertTrue(f.getMessage().contains("fraction=1.5"), f.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.keepFraction(1, 0, 1));
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> d.keepFraction(2, 0.5, 1));
        assertTrue(c.getMessage().contains("classLabel=2"), c.getMessage());
        Dataset regression = Dataset.of(new double[][] {{0}, {1}}, new double[][] {{0.3}, {1.0}});
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> regression.withFlippedLabels(0.1, 1));
        assertTrue(r.getMessage().contains("0.3") && r.getMessage().contains("row 0"), r.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.labelDifferences(Synthetic.moons(21, 0.1, 1)));
    }
}
