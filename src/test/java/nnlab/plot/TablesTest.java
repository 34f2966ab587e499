package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nnlab.io.HistoryFile;
import nnlab.train.EpochLog;
import nnlab.train.History;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class TablesTest {

    private static History history() {
        return new History(List.of(
                new EpochLog(1, 0.5720020603871248, 0.61, Map.of("accuracy", 0.75), 0.0123456),
                new EpochLog(2, 1.23456e-5, 12.3456, Map.of("accuracy", 0.875), 1.5)), false, false);
    }

    @Test
    void historyTable_printsFourSignificantDigits_andKeepsTheExactValues() {
        Table t = Tables.of(history());

        assertEquals("0.5720", t.doubleColumn("loss").getString(0));
        assertEquals(0.5720020603871248, t.doubleColumn("loss").get(0), 0);
        assertEquals("1.235e-05", t.doubleColumn("loss").getString(1));
        assertEquals(1.23456e-5, t.doubleColumn("loss").get(1), 0);
        assertEquals("12.35", t.doubleColumn("val_loss").getString(1));
        assertEquals("0.8750", t.doubleColumn("accuracy").getString(1));
        assertEquals("0.01235", t.doubleColumn("seconds").getString(0));
        assertEquals("2", t.intColumn("epoch").getString(1));
    }

    @Test
    void historyTable_printedAsText_showsTheRoundedNumbers() {
        String text = Tables.of(history()).printAll();
        assertTrue(text.contains("0.5720") && !text.contains("0.57200206"), text);
        assertTrue(text.contains("1.235e-05"), text);
    }

    @Test
    void aHistoryLoadedFromAFile_comparesWithANewRun(@TempDir Path dir) throws IOException {
        History lastWeek = history();
        HistoryFile.save(lastWeek, dir.resolve("last-week.csv"));
        History today = new History(List.of(new EpochLog(1, 0.4, 0.5, Map.of("accuracy", 0.8), 0.1)), false, false);

        FigureJson f = FigureJson.of(Plot.compare(Series.of("last week", HistoryFile.load(dir.resolve("last-week.csv")),
                "today", today), "loss"));

        assertArrayEquals(lastWeek.trainLoss(), FigureJson.numbers(f.trace("last week").get("y")), 0);
        assertArrayEquals(new double[] {0.4}, FigureJson.numbers(f.trace("today").get("y")), 0);
    }
}
