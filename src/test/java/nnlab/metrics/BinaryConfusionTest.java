package nnlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class BinaryConfusionTest {

    private static final double[] SCORES = {0.9, 0.8, 0.7, 0.4, 0.3, 0.2};
    private static final int[] LABELS = {1, 0, 1, 1, 0, 0};

    @Test
    void countsAndRates_matchAHandCount() {
        // t = 0.5 calls the top three positive: 0.9 (a 1: TP), 0.8 (a 0: FP), 0.7 (a 1: TP);
        // below it 0.4 is a missed 1 (FN), 0.3 and 0.2 are correct 0s (TN)
        BinaryConfusion c = BinaryConfusion.of(SCORES, LABELS, 0.5);
        assertEquals(new BinaryConfusion(2, 1, 1, 2), c);
        assertEquals(2 / 3.0, c.precision(), 1e-15);
        assertEquals(2 / 3.0, c.recall(), 1e-15);
        assertEquals(2 / 3.0, c.f1(), 1e-15);
        assertEquals(1 / 3.0, c.falsePositiveRate(), 1e-15);
        assertEquals(4 / 6.0, c.accuracy(), 1e-15);
        // a score equal to the threshold counts as positive
        assertEquals(new BinaryConfusion(3, 1, 0, 2), BinaryConfusion.of(SCORES, LABELS, 0.4));
        // F1 is the harmonic mean of precision and recall
        BinaryConfusion d = new BinaryConfusion(3, 1, 5, 7);
        assertEquals(2 * d.precision() * d.recall() / (d.precision() + d.recall()), d.f1(), 1e-15);
    }

    @Test
    void everyRocPoint_isTheRecallAndFalsePositiveRateAtItsThreshold() {
        double[] s = {0.95, 0.9, 0.9, 0.75, 0.6, 0.6, 0.5, 0.3, 0.2, 0.1};
        int[] y = {1, 1, 0, 1, 0, 1, 0, 1, 0, 0};
        Curves.Roc roc = Curves.roc(s, y);
        for (int i = 1; i < roc.thresholds().length; i++) {
            BinaryConfusion c = BinaryConfusion.of(s, y, roc.thresholds()[i]);
            assertEquals(roc.tpr()[i], c.recall(), 1e-15, "threshold " + roc.thresholds()[i]);
            assertEquals(roc.fpr()[i], c.falsePositiveRate(), 1e-15, "threshold " + roc.thresholds()[i]);
        }
    }

    @Test
    void undefinedRates_areNaN_notZero() {
        BinaryConfusion none = BinaryConfusion.of(SCORES, LABELS, 2.0); // nothing called positive
        assertEquals(new BinaryConfusion(0, 0, 3, 3), none);
        assertTrue(Double.isNaN(none.precision()));
        assertEquals(0.0, none.recall());
    }

    @Test
    void metrics_onAOneColumnPrediction_useThreshold05() {
        DMatrixRMaj p = new DMatrixRMaj(6, 1, true, SCORES);
        DMatrixRMaj t = new DMatrixRMaj(6, 1, true, 1, 0, 1, 1, 0, 0);
        assertEquals("precision", Metric.precision().name());
        assertEquals(2 / 3.0, Metric.precision().compute(p, t), 1e-15);
        assertEquals(2 / 3.0, Metric.recall().compute(p, t), 1e-15);
        assertEquals(2 / 3.0, Metric.f1().compute(p, t), 1e-15);
    }

    @Test
    void badInput_isNamed() {
        IllegalArgumentException twoCols = assertThrows(IllegalArgumentException.class,
                () -> Metric.f1().compute(new DMatrixRMaj(3, 2), new DMatrixRMaj(3, 2)));
        assertTrue(twoCols.getMessage().contains("2 columns") && twoCols.getMessage().contains("confusionMatrix"),
                twoCols.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
                () -> BinaryConfusion.of(new double[] {0.1, 0.2}, new int[] {0, 2}, 0.5));
        assertTrue(label.getMessage().contains("row 1 = 2"), label.getMessage());
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> Metric.recall().compute(new DMatrixRMaj(1, 1, true, 0.3), new DMatrixRMaj(1, 1, true, 0.5)));
        assertTrue(target.getMessage().contains("0.5"), target.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BinaryConfusion.of(new double[] {0.1}, new int[] {0, 1}, 0.5));
    }
}
