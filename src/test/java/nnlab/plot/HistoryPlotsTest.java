package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlab.train.EpochLog;
import nnlab.train.History;
import org.junit.jupiter.api.Test;

/** Plot.history and History.column agree on the names of the columns: there is one list of them. */
class HistoryPlotsTest {

    private static Map<String, Double> metrics(double train, double valid) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", train);
        m.put("val_accuracy", valid);
        return m;
    }

    private static History regularizedRun() {
        return new History(List.of(new EpochLog(1, 1.0, 0.8, 0.2, 0.9, metrics(0.6, 0.55), 0.1, 0.25, 0.1),
                new EpochLog(2, 0.7, 0.5, 0.2, 0.8, metrics(0.7, 0.65), 0.05, 0.5, 0.1)), false, false);
    }

    @Test
    void everyColumnAHistoryAccepts_isPlottable_drawingThatColumn() {
        History h = regularizedRun();
        assertEquals(List.of("loss", "data_loss", "penalty", "val_loss", "learning_rate", "clipped_fraction",
                "accuracy", "val_accuracy"), h.columnNames());
        for (String name : h.columnNames()) {
            FigureJson f = FigureJson.of(Plot.history(h, name));
            String first = name.startsWith("val_") ? "validation" : "training";
            assertArrayEquals(h.column(name), FigureJson.numbers(f.trace(first).get("y")), 0.0, name);
            assertEquals(name, f.axisTitle("yaxis"));
            FigureJson c = FigureJson.of(Plot.compare(Series.of("run", h), name));
            assertArrayEquals(h.column(name), FigureJson.numbers(c.trace("run").get("y")), 0.0, name);
        }
        assertArrayEquals(new double[] {0.1, 0.05}, h.column("learning_rate"), 0.0);
    }

    @Test
    void aColumnWithAValidationTwin_drawsBoth_andOneWithoutDrawsOne() {
        History h = regularizedRun();
        assertEquals(List.of("training", "validation"), FigureJson.of(Plot.history(h, "accuracy")).names());
        assertEquals(List.of("training"), FigureJson.of(Plot.history(h, "learning_rate")).names());
    }

    @Test
    void anUnknownName_isRefusedByHistoryAndPlotAlike_listingTheColumns() {
        History h = regularizedRun();
        var e = assertThrows(IllegalArgumentException.class, () -> h.column("lr"));
        assertTrue(e.getMessage().contains("learning_rate") && e.getMessage().contains("val_accuracy"), e.getMessage());
        var p = assertThrows(IllegalArgumentException.class, () -> Plot.history(h, "lr"));
        assertEquals(e.getMessage(), p.getMessage());
    }
}
