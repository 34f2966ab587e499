package nnlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.metrics.Metric;
import nnlab.nn.Activation;
import nnlab.train.EpochLog;
import nnlab.train.History;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {

    @TempDir
    Path dir;

    /** Epochs of arbitrary doubles (any bit pattern), NaN validation in epoch 2, -0.0, ∞, two metrics. */
    private static History awkwardHistory(boolean interrupted, boolean stopped) {
        Random rng = new Random(7);
        List<EpochLog> logs = new ArrayList<>();
        for (int e = 1; e <= 50; e++) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("accuracy", Double.longBitsToDouble(rng.nextLong()));
            metrics.put("val_accuracy", e == 2 ? Double.NaN : rng.nextDouble());
            logs.add(new EpochLog(e, Double.longBitsToDouble(rng.nextLong()), rng.nextDouble() / 3, e == 3 ? -0.0 : 1e-300,
                    e == 2 ? Double.NaN : rng.nextGaussian(), metrics, e == 4 ? Double.POSITIVE_INFINITY : 0.1 / e,
                    e == 1 ? Double.NaN : Double.MIN_VALUE, rng.nextDouble()));
        }
        return new History(logs, interrupted, stopped);
    }

    @Test
    void saveThenLoad_givesBackEveryValueBitForBit_withMetricsInOrderAndTheFlags() throws IOException {
        for (boolean[] flags : new boolean[][] {{true, false}, {false, true}, {false, false}}) {
            History h = awkwardHistory(flags[0], flags[1]);
            Path file = dir.resolve("run.csv");

            HistoryFile.save(h, file);
            History loaded = HistoryFile.load(file);

            assertEquals(h, loaded); // records compare doubles with Double.compare: -0.0 ≠ 0.0, NaN = NaN
            assertEquals(List.of("accuracy", "val_accuracy"), List.copyOf(loaded.metricNames()));
            for (int e = 0; e < h.size(); e++) {
                assertEquals(Double.doubleToLongBits(h.epochs().get(e).trainLoss()),
                        Double.doubleToLongBits(loaded.epochs().get(e).trainLoss()));
            }
        }
        assertEquals(0, Files.list(dir).filter(p -> p.toString().endsWith(".tmp")).count(), "no temp file left");
    }

    @Test
    void savedFile_hasTheCommentLineTheHeaderAndOneRowPerEpoch() throws IOException {
        Path file = dir.resolve("sub/folder/run.csv");
        HistoryFile.save(awkwardHistory(false, true), file.toString());
        List<String> lines = Files.readAllLines(file);
        assertEquals(52, lines.size());
        assertTrue(lines.get(0).startsWith("# {\"format\":\"nnlab-history\",\"version\":1,") && lines.get(0)
                .contains("\"stopped\":true"), lines.get(0));
        assertEquals("epoch,loss,data_loss,penalty,val_loss,learning_rate,clipped_fraction,accuracy,val_accuracy,seconds",
                lines.get(1));
        assertTrue(lines.get(3).startsWith("2,") && lines.get(3).contains(",NaN,"), lines.get(3));
    }

    @Test
    void aTrainedRunLoaded_comparesWithANewOne() throws IOException {
        Dataset moons = Synthetic.moons(60, 0.1, 1);
        Net net = Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).seed(2).build();
        History lastWeek = net.train(moons).validationSplit(0.25).metrics(Metric.accuracy()).epochs(3).run();
        HistoryFile.save(lastWeek, dir.resolve("week1.csv"));

        History loaded = HistoryFile.load(dir.resolve("week1.csv").toString());

        assertEquals(lastWeek, loaded);
        assertEquals(List.of("accuracy", "val_accuracy"), List.copyOf(loaded.metricNames()));
        assertEquals(lastWeek.metric("val_accuracy")[2], loaded.column("val_accuracy")[2], 0);
    }

    @Test
    void emptyHistory_roundTrips() throws IOException {
        History h = new History(List.of(), true, false);
        HistoryFile.save(h, dir.resolve("empty.csv"));
        assertEquals(h, HistoryFile.load(dir.resolve("empty.csv")));
    }

    private HistoryFileException loadFails(String content) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, content);
        return assertThrows(HistoryFileException.class, () -> HistoryFile.load(file));
    }

    private String saved() throws IOException {
        Path file = dir.resolve("good.csv");
        Map<String, Double> m = Map.of("accuracy", 0.5);
        HistoryFile.save(new History(List.of(new EpochLog(1, 0.7, 0.8, m, 0.1), new EpochLog(2, 0.6, 0.7, m, 0.1)),
                false, false), file);
        return Files.readString(file);
    }

    @Test
    void missingFile_namesTheFileAndHowToWriteIt() {
        Path file = dir.resolve("nothing-here.csv");
        var e = assertThrows(HistoryFileException.class, () -> HistoryFile.load(file));
        assertTrue(e.getMessage().contains("nothing-here.csv") && e.getMessage().contains("does not exist")
                && e.getMessage().contains("HistoryFile.save"), e.getMessage());
    }

    @Test
    void rowWithTooFewValues_namesTheFileTheLineAndTheFix() throws IOException {
        String[] lines = saved().split("\n");
        lines[3] = lines[3].substring(0, lines[3].lastIndexOf(','));
        var e = loadFails(String.join("\n", lines));
        assertTrue(e.getMessage().contains("bad.csv, line 4") && e.getMessage().contains("8 values, but the header has 9 columns")
                && e.getMessage().contains("delete the row"), e.getMessage());
    }

    @Test
    void valueThatIsNotANumber_namesTheLineAndTheColumn() throws IOException {
        var e = loadFails(saved().replace("\n2,0.6,", "\n2,zero point six,"));
        assertTrue(e.getMessage().contains("bad.csv, line 4, column 'loss': 'zero point six' is not a number"),
                e.getMessage());
        var epoch = loadFails(saved().replace("\n2,0.6,", "\n2.5,0.6,"));
        assertTrue(epoch.getMessage().contains("line 4, column 'epoch'"), epoch.getMessage());
    }

    @Test
    void unknownColumn_isNamedWithTheColumnsAFileHas() throws IOException {
        var e = loadFails(saved().replace(",accuracy,", ",acuracy,"));
        assertTrue(e.getMessage().contains("bad.csv, line 2: unknown column 'acuracy'")
                && e.getMessage().contains("accuracy"), e.getMessage());
        var missing = loadFails(saved().replace(",penalty,", ",").replace("\n1,0.7,0.7,0.0,", "\n1,0.7,0.7,")
                .replace("\n2,0.6,0.6,0.0,", "\n2,0.6,0.6,"));
        assertTrue(missing.getMessage().contains("line 2: column 'penalty' is missing"), missing.getMessage());
    }

    @Test
    void fileThatIsNotAHistory_isRefusedAtLineOne() throws IOException {
        var csv = loadFails("epoch,loss\n1,0.5\n");
        assertTrue(csv.getMessage().contains("bad.csv, line 1: this is not an nnlab history file")
                && csv.getMessage().contains("Received: 'epoch,loss'"), csv.getMessage());
        var newer = loadFails(saved().replace("\"version\":1", "\"version\":2"));
        assertTrue(newer.getMessage().contains("format version 2"), newer.getMessage());
    }

    @Test
    void metricNameWithAComma_cannotBeSaved() {
        History h = new History(List.of(new EpochLog(1, 0.7, 0.8, Map.of("a,b", 0.5), 0.1)), false, false);
        var e = assertThrows(IllegalArgumentException.class, () -> HistoryFile.save(h, dir.resolve("x.csv")));
        assertTrue(e.getMessage().contains("'a,b'"), e.getMessage());
    }

    @Test
    void aFolderOrAMissingFolder_isNamed() throws IOException {
        var folder = assertThrows(HistoryFileException.class, () -> HistoryFile.load(dir));
        assertTrue(folder.getMessage().contains(dir + " is a folder") && folder.getMessage().contains("run.csv"),
                folder.getMessage());
        var missing = assertThrows(HistoryFileException.class, () -> HistoryFile.load(dir.resolve("no/such/run.csv")));
        assertTrue(missing.getMessage().contains("does not exist either"), missing.getMessage());
        History h = new History(List.of(), false, false);
        var saveToFolder = assertThrows(HistoryFileException.class, () -> HistoryFile.save(h, dir));
        assertTrue(saveToFolder.getMessage().contains("it is a folder"), saveToFolder.getMessage());
        var none = assertThrows(IllegalArgumentException.class, () -> HistoryFile.save(null, dir.resolve("x.csv")));
        assertTrue(none.getMessage().contains("history=null"), none.getMessage());
    }

    @Test
    void aFileCutInARow_orAtARowsEnd_isTruncated() throws IOException {
        String good = saved();
        var inANumber = loadFails(good.substring(0, good.length() - 3));
        assertTrue(inANumber.getMessage().contains("line 4: the last line does not end with a line break")
                && inANumber.getMessage().contains("truncated"), inANumber.getMessage());
        var atARow = loadFails(good.substring(0, good.lastIndexOf('\n', good.length() - 2) + 1));
        assertTrue(atARow.getMessage().contains("line 1 says \"epochs\": 2, but the file has 1 rows")
                && atARow.getMessage().contains("truncated"), atARow.getMessage());
    }

    @Test
    void bytesAppended_areRefusedAtTheirLine() throws IOException {
        var junk = loadFails(saved() + "garbage\n");
        assertTrue(junk.getMessage().contains("bad.csv, line 5"), junk.getMessage());
        var binary = loadFails(saved() + "\u0000\u0001\n");
        assertTrue(binary.getMessage().contains("line 5"), binary.getMessage());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (saved() + "\n").replace("NaN", "\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        var e = assertThrows(HistoryFileException.class, () -> HistoryFile.load(latin1));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void aHugeFileWithoutLineBreaks_isRefusedWithoutReadingItAll() throws IOException {
        Path big = dir.resolve("big.csv");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.write('#');
            f.setLength(100L << 20);
        }
        var e = assertThrows(HistoryFileException.class, () -> HistoryFile.load(big));
        assertTrue(e.getMessage().contains("line 1: longer than 1048576 characters"), e.getMessage());
    }
}
