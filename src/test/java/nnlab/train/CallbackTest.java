package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.io.NetFile;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.regularize.Regularizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallbackTest {

    private static final Dataset TRAIN = Synthetic.moons(40, 0.35, 11);
    private static final Dataset VALID = Synthetic.moons(200, 0.35, 12);

    private static Net net() {
        return Net.input(2).dense(32, Activation.relu()).dense(32, Activation.relu()).dense(1, Activation.sigmoid())
                .seed(5).build();
    }

    @Test
    void hooks_runInTheDocumentedOrder_andACustomCallbackCanStop() {
        List<String> events = new ArrayList<>();
        Callback custom = new Callback() {
            @Override
            public void onTrainBegin(Net net, Optimizer optimizer) { events.add("begin"); }

            @Override
            public void onEpochBegin(int epoch) { events.add("epoch" + epoch); }

            @Override
            public void onBatchEnd(int epoch, int batch, double loss) { events.add("b" + batch); }

            @Override
            public boolean onEpochEnd(EpochLog log) {
                events.add("end" + log.epoch());
                return log.epoch() == 2;
            }

            @Override
            public void onTrainEnd(History history) { events.add("done" + history.size()); }
        };
        History h = net().train(TRAIN).batchSize(20).epochs(10).callbacks(custom).run();
        assertTrue(h.stopped());
        assertEquals(List.of("begin", "epoch1", "b1", "b2", "end1", "epoch2", "b1", "b2", "end2", "done2"), events);
    }

    @Test
    void bestCheckpoint_keepsTheBestEpochInMemoryAndOnDisk(@TempDir Path dir) throws Exception {
        Net net = net();
        WeightRecorder rec = new WeightRecorder();
        Path file = dir.resolve("best.json");
        BestCheckpoint best = Callback.bestCheckpoint("val_accuracy").saveTo(file, NetFile::save);
        History h = net.train(TRAIN).validation(VALID).optimizer(Optimizer.adam(0.02)).batchSize(10).epochs(40)
                .callbacks(rec, best).run();
        double[] acc = h.metric("val_accuracy");
        int expected = 0;
        for (int i = 1; i < acc.length; i++) {
            expected = acc[i] > acc[expected] ? i : expected;
        }
        assertEquals(expected + 1, best.bestEpoch());
        assertFalse(h.stopped(), "a checkpoint never stops training");
        assertArrayEquals(rec.byEpoch.get(39), WeightRecorder.flatten(net), "weights stay the last epoch's");
        assertArrayEquals(rec.byEpoch.get(expected), WeightRecorder.flatten(NetFile.load(file)));
        best.restore();
        assertArrayEquals(rec.byEpoch.get(expected), WeightRecorder.flatten(net));
        assertTrue(best.saves() >= 1 && best.saves() <= best.bestEpoch());
    }

    @Test
    void progressLine_printsOneLinePerEpochWithThePenalty_andHowTheRunEnded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8)).of(6).every(2);
        net().train(TRAIN).validation(VALID).epochs(6).regularizer(Regularizer.l2(1e-3)).callbacks(line).run();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("epoch 2/6  loss "), lines[0]);
        assertTrue(lines[2].contains("penalty") && lines[2].contains("val_loss") && lines[2].contains("val_accuracy"),
                lines[2]);
        assertTrue(lines[3].startsWith("done after 6 epochs"), lines[3]);
        assertNotEquals(-1, lines[1].indexOf("lr 0.01"));
    }
}
