package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import nnlab.metrics.BinaryConfusion;
import nnlab.train.LearningCurve;
import org.junit.jupiter.api.Test;

class ModelSelectionPlotTest {

    @Test
    void roc_marksEachThreshold_atItsRecallAndFalsePositiveRate() {
        double[] s = {0.95, 0.9, 0.8, 0.75, 0.6, 0.55, 0.5, 0.3, 0.2, 0.1};
        int[] y = {1, 1, 0, 1, 1, 0, 0, 1, 0, 0};
        double[] thresholds = {0.85, 0.5, 0.15};
        FigureJson f = FigureJson.of(Plot.roc(s, y, thresholds));
        assertEquals(2 + thresholds.length, f.traces().size());
        for (int j = 0; j < thresholds.length; j++) {
            BinaryConfusion c = BinaryConfusion.of(s, y, thresholds[j]);
            JsonNode mark = f.traces().get(2 + j);
            assertEquals(c.falsePositiveRate(), mark.get("x").get(0).asDouble(), 1e-15);
            assertEquals(c.recall(), mark.get("y").get(0).asDouble(), 1e-15);
            assertEquals(String.format("threshold %.2f: FPR %.2f, TPR %.2f", thresholds[j], c.falsePositiveRate(),
                    c.recall()), f.names().get(2 + j));
        }
    }

    @Test
    void learningCurve_drawsTrainingAndValidationMeansOverRepeats() {
        LearningCurve lc = new LearningCurve("accuracy", new double[] {10, 20},
                new double[][] {{1.0, 0.9}, {1.0, 0.95}}, new double[][] {{0.6, 0.8}, {0.7, 0.8}});
        FigureJson f = FigureJson.of(Plot.learningCurve(lc, "Learning curve"));
        assertEquals("training examples", f.axisTitle("xaxis"));
        assertEquals("accuracy", f.axisTitle("yaxis"));
        assertEquals("Learning curve", f.title());
        JsonNode validMean = f.trace("validation (mean of 2)");
        assertArrayEquals(new double[] {10, 20}, FigureJson.numbers(validMean.get("x")));
        assertArrayEquals(new double[] {0.65, 0.8}, FigureJson.numbers(validMean.get("y")), 1e-12);
        assertArrayEquals(new double[] {1.0, 0.925}, FigureJson.numbers(f.trace("training (mean of 2)").get("y")), 1e-12);
    }

    @Test
    void thresholdsTable_hasOneRowPerThreshold_withTheCountsAndRates() {
        double[] s = {0.9, 0.8, 0.7, 0.4, 0.3, 0.2};
        int[] y = {1, 0, 1, 1, 0, 0};
        tech.tablesaw.api.Table t = Tables.thresholds(s, y, 0.5, 2.0);
        assertEquals(2, t.rowCount());
        assertEquals(java.util.List.of("threshold", "TP", "FP (type I)", "FN (type II)", "TN", "precision", "recall", "F1",
                "FPR"), t.columnNames());
        assertEquals(2, t.intColumn("TP").get(0));
        assertEquals(1, t.intColumn("FP (type I)").get(0));
        assertEquals("0.6667", t.doubleColumn("precision").getString(0));
        assertEquals(2.0 / 3, t.doubleColumn("precision").get(0), 0);
        assertEquals("", t.doubleColumn("precision").getString(1)); // nothing called positive: undefined
        assertEquals("0", t.doubleColumn("recall").getString(1));
    }
}
