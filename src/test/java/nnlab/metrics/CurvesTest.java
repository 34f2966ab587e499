package nnlab.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CurvesTest {

    // positives score 0.9, 0.8, 0.6; negatives 0.7, 0.55, 0.4
    private static final double[] S = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4};
    private static final int[] Y = {1, 1, 0, 1, 0, 0};

    @Test
    void roc_byHand_andAucIsTheFractionOfCorrectlyOrderedPairs() {
        var roc = Curves.roc(S, Y);
        assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0, 2 / 3.0, 1, 1, 1}, roc.tpr(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 1}, roc.fpr(), 1e-12);
        assertEquals(8 / 9.0, roc.auc(), 1e-12); // 8 of the 9 positive–negative pairs are ordered right
    }

    @Test
    void auc_equalsThePairwiseProbability_onRandomScoresWithTies() {
        Random rng = new Random(7);
        int n = 300;
        double[] s = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(2);
            s[i] = Math.round((rng.nextGaussian() + y[i]) * 4) / 4.0; // coarse: many ties
        }
        double pairs = 0;
        double right = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    right += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(right / pairs, Curves.roc(s, y).auc(), 1e-12);
    }

    @Test
    void precisionRecall_byHand() {
        var pr = Curves.precisionRecall(S, Y);
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0, 2 / 3.0, 1, 1, 1}, pr.recall(), 1e-12);
        assertArrayEquals(new double[] {1, 1, 2 / 3.0, 3 / 4.0, 3 / 5.0, 3 / 6.0}, pr.precision(), 1e-12);
        assertEquals(1 / 3.0 + 1 / 3.0 + 1 / 3.0 * 0.75, pr.averagePrecision(), 1e-12);
    }

    @Test
    void confusionMatrix_countsTrueByPredicted_andRefusesOutOfRangeLabels() {
        int[][] c = Curves.confusionMatrix(new int[] {0, 0, 1, 2, 2}, new int[] {0, 1, 1, 2, 0}, 3);
        assertArrayEquals(new int[] {1, 1, 0}, c[0]);
        assertArrayEquals(new int[] {0, 1, 0}, c[1]);
        assertArrayEquals(new int[] {1, 0, 1}, c[2]);
        assertThrows(IllegalArgumentException.class, () -> Curves.confusionMatrix(new int[] {3}, new int[] {0}, 3));
        assertThrows(IllegalArgumentException.class, () -> Curves.roc(new double[] {1, 2}, new int[] {1, 1}));
    }
}
