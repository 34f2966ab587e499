package nnlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.train.EpochLog;
import nnlab.train.History;
import nnlab.train.LiveDisplay;
import nnlab.train.Net;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class LiveTrainingTest {

    /** What the fake kernel received: display(value) and update(id, value) calls in order. */
    private final List<Object[]> calls = new ArrayList<>();

    private void connect() {
        Notebook.connect(v -> {
            calls.add(new Object[] {"display", "id" + calls.size(), v});
            return "id" + (calls.size() - 1);
        }, (id, v) -> calls.add(new Object[] {"update", id, v}));
    }

    @AfterEach
    void disconnect() {
        Notebook.disconnect();
    }

    private static EpochLog log(int epoch, double loss) {
        return new EpochLog(epoch, loss, loss + 0.1, Map.of(), 0.0);
    }

    /** A clock that advances {@code stepMillis} on every read. */
    private static java.util.function.LongSupplier clock(long stepMillis) {
        long[] t = {0};
        return () -> t[0] += stepMillis * 1_000_000L;
    }

    @Test
    void training_inANotebook_findsTheLiveDisplay_andLeavesTheFinalChartWithEveryEpoch() {
        connect();
        Net net = Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
        History h = net.train(Synthetic.moons(64, 0.1, 1)).optimizer(Optimizer.sgd(0.1)).epochs(3).live(true).run();

        assertEquals("display", calls.get(0)[0]);
        assertInstanceOf(Figure.class, calls.get(0)[2], "the chart first");
        assertInstanceOf(String.class, calls.get(1)[2], "then the progress line");
        Object[] lastChart = calls.stream().filter(c -> c[1].equals("id0") && c[0].equals("update"))
                .reduce((a, b) -> b).orElseThrow();
        var json = PlotlyJson.of((Figure) lastChart[2]);
        assertEquals(h.size(), json.get("data").get(0).get("x").size());
        String lastLine = (String) calls.stream().filter(c -> c[1].equals("id1")).reduce((a, b) -> b).orElseThrow()[2];
        assertTrue(lastLine.startsWith("done: 3/3 epochs"), lastLine);
    }

    @Test
    void training_withLiveFalse_orWithoutANotebook_showsNothing() {
        Net net = Net.input(2).dense(1, Activation.sigmoid()).build();
        net.train(Synthetic.moons(32, 0.1, 1)).epochs(2).live(true).run();
        assertEquals(0, calls.size(), "no kernel connected");
        assertTrue(LiveDisplay.find(new LiveDisplay.Run(1, 1, false, true)).isEmpty());
        connect();
        net.train(Synthetic.moons(32, 0.1, 1)).epochs(2).live(false).run();
        assertEquals(0, calls.size(), "live(false)");
    }

    @Test
    void quickRun_byDefault_staysQuiet_butALongOneAppearsAfterTheDelay() {
        connect();
        var quick = new LiveTraining.Chart(new LiveDisplay.Run(5, 10, true, false), clock(1));
        quick.onTrainBegin(null, null);
        for (int e = 1; e <= 5; e++) {
            for (int b = 1; b <= 10; b++) {
                quick.onBatchEnd(e, b, 0.5);
            }
            quick.onEpochEnd(log(e, 1.0 / e));
        }
        quick.onTrainEnd(new History(List.of(log(1, 1)), false, false));
        assertEquals(0, calls.size(), "a 60 ms run shows nothing");

        var slow = new LiveTraining.Chart(new LiveDisplay.Run(5, 10, true, false), clock(50));
        slow.onTrainBegin(null, null);
        for (int b = 1; b <= 30; b++) {
            slow.onBatchEnd(1, b, 0.5);
        }
        assertTrue(calls.stream().anyMatch(c -> c[0].equals("display")), "shown once more than 1 s has passed");
    }

    @Test
    void updates_areThrottledToAFewPerSecond() {
        connect();
        var chart = new LiveTraining.Chart(new LiveDisplay.Run(100, 100, false, true), clock(1));
        chart.onTrainBegin(null, null);
        for (int e = 1; e <= 100; e++) {
            for (int b = 1; b <= 100; b++) {
                chart.onBatchEnd(e, b, 0.5);
            }
            chart.onEpochEnd(log(e, 1.0 / e));
        }
        // ~10,100 clock reads of 1 ms ≈ 10 s of training → at most 4 redraws of each display per second
        long lineUpdates = calls.stream().filter(c -> c[0].equals("update") && c[1].equals("id1")).count();
        assertTrue(lineUpdates >= 20 && lineUpdates <= 4 * 11, "progress line updates: " + lineUpdates);
        // each chart redraw is a blank of the chart's height, then the figure (JupyterLab's plotly
        // renderer draws a new figure only after the output's MIME type changed)
        List<Object> redraws = calls.stream().filter(c -> c[0].equals("update") && c[1].equals("id0")).map(c -> c[2]).toList();
        assertTrue(redraws.size() >= 2 && redraws.size() % 2 == 0);
        for (int i = 0; i < redraws.size(); i += 2) {
            assertInstanceOf(Blank.class, redraws.get(i));
            assertInstanceOf(Figure.class, redraws.get(i + 1));
        }
    }

    @Test
    void progressLine_saysEpochBatchLossesAndTimeLeft() {
        connect(); // the fake kernel: without one, display() would print to the test's output
        var chart = new LiveTraining.Chart(new LiveDisplay.Run(4, 10, true, false), clock(1000));
        chart.onTrainBegin(null, null);                 // t = 1 s
        chart.onEpochBegin(1);
        chart.onBatchEnd(1, 10, 0.7);                    // t = 2 s
        chart.onEpochEnd(log(1, 0.6));                   // t = 3 s
        chart.onEpochBegin(2);
        chart.onBatchEnd(2, 5, 0.5);                     // t = 4 s
        String line = chart.line(5_000_000_000L);        // 4 s elapsed, 1.5 of 4 epochs done
        assertEquals("epoch 2/4 (batch 5/10) · loss 0.6000 · val_loss 0.7000 · 4 s elapsed, about 7 s left", line);
    }

    @Test
    void stoppedRun_keepsTheChartItHas_andOnlyUpdatesTheLine() {
        connect();
        var chart = new LiveTraining.Chart(new LiveDisplay.Run(10, 5, true, true), clock(1000));
        chart.onTrainBegin(null, null);
        for (int e = 1; e <= 3; e++) {
            chart.onEpochBegin(e);
            chart.onBatchEnd(e, 5, 0.5);
            chart.onEpochEnd(log(e, 1.0 / e));
        }
        int before = calls.size();
        chart.onTrainEnd(new History(List.of(log(1, 1.0), log(2, 0.5), log(3, 0.33)), true, false));
        List<Object[]> after = calls.subList(before, calls.size());
        assertEquals(1, after.size(), "one message after the stop");
        assertEquals("id1", after.get(0)[1], "the progress line, not the chart");
        assertTrue(String.valueOf(after.get(0)[2]).contains("interrupted after"), String.valueOf(after.get(0)[2]));
    }
}
