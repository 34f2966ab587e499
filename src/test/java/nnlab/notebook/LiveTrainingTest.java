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

    /** The cell the fake kernel is executing; a new Object is the next cell. */
    private Object cell = new Object();

    /** A fake kernel that tells which cell runs, as kernel/startup.jshell does. */
    private void connect() {
        Notebook.connect(this::display, this::update, () -> cell);
    }

    /** A fake kernel that cannot tell cells apart (the two-argument form). */
    private void connectWithoutCells() {
        Notebook.connect(this::display, this::update);
    }

    private String display(Object v) {
        String id = "id" + displayIds().size();          // id0, id1, ... in the order shown
        calls.add(new Object[] {"display", id, v});
        return id;
    }

    private void update(String id, Object v) {
        calls.add(new Object[] {"update", id, v});
    }

    private List<String> displayIds() {
        return calls.stream().filter(c -> c[0].equals("display")).map(c -> (String) c[1]).toList();
    }

    private String lastText(String id) {
        return (String) calls.stream().filter(c -> c[1].equals(id) && c[2] instanceof String)
                .reduce((a, b) -> b).orElseThrow()[2];
    }

    /** Runs a chart through {@code epochs} epochs of {@code batches} batches and ends it. */
    private static LiveTraining.Chart train(LiveTraining.Chart chart, int epochs, int batches) {
        chart.onTrainBegin(null, null);
        List<EpochLog> logs = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            chart.onEpochBegin(e);
            for (int b = 1; b <= batches; b++) {
                chart.onBatchEnd(e, b, 0.5);
            }
            logs.add(log(e, 1.0 / e));
            chart.onEpochEnd(logs.get(e - 1));
        }
        chart.onTrainEnd(new History(logs, false, false));
        return chart;
    }

    /** A run of 5 epochs × 10 batches on a clock of 50 ms a read: about 3 s, so it goes live. */
    private static LiveTraining.Chart slowRun(boolean forced) {
        return new LiveTraining.Chart(new LiveDisplay.Run(5, 10, false, forced), clock(50));
    }

    /** A run of 10 epochs (5 batches each) that has finished 3 and is still training: to be stopped. */
    private static LiveTraining.Chart threeOfTenEpochs(boolean forced) {
        var chart = new LiveTraining.Chart(new LiveDisplay.Run(10, 5, true, forced), clock(1000));
        chart.onTrainBegin(null, null);
        for (int e = 1; e <= 3; e++) {
            chart.onEpochBegin(e);
            chart.onBatchEnd(e, 5, 0.5);
            chart.onEpochEnd(log(e, 1.0 / e));
        }
        return chart;
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
    void stoppedRun_onAKernelThatDropsLateMessages_keepsTheChartItHas_andOnlyUpdatesTheLine() {
        connect();
        var chart = threeOfTenEpochs(true);
        int before = calls.size();
        chart.onTrainEnd(new History(List.of(log(1, 1.0), log(2, 0.5), log(3, 0.33)), true, false));
        List<Object[]> after = calls.subList(before, calls.size());
        assertEquals(1, after.size(), "one message after the stop");
        assertEquals("id1", after.get(0)[1], "the progress line, not the chart");
        assertTrue(String.valueOf(after.get(0)[2]).contains("interrupted after"), String.valueOf(after.get(0)[2]));
    }

    @Test
    void runsInOneCell_shareOneChartAndLine_andTheLineSaysWhichRun() {
        connect();
        train(slowRun(false), 5, 10);
        train(slowRun(false), 5, 10);
        train(slowRun(false), 5, 10);

        assertEquals(List.of("id0", "id1"), displayIds(), "one chart and one line for the cell");
        assertTrue(calls.stream().allMatch(c -> c[1].equals("id0") || c[1].equals("id1")), "nothing else shown");
        String last = lastText("id1");
        assertTrue(last.startsWith("run 3 · done: 5/5 epochs"), last);
        assertTrue(calls.stream().anyMatch(c -> c[1].equals("id1") && String.valueOf(c[2]).startsWith("run 2 · epoch ")),
                "the second run's progress reached the shared line");
        Object lastChart = calls.stream().filter(c -> c[1].equals("id0")).reduce((a, b) -> b).orElseThrow()[2];
        assertEquals(5, PlotlyJson.of((Figure) lastChart).get("data").get(0).get("x").size(), "the last run's chart");
    }

    @Test
    void aRunInTheNextCell_startsANewChart() {
        connect();
        train(slowRun(false), 5, 10);
        cell = new Object();
        train(slowRun(false), 5, 10);

        assertEquals(List.of("id0", "id1", "id2", "id3"), displayIds(), "a chart and a line per cell");
        String second = lastText("id3");
        assertTrue(second.startsWith("done: 5/5"), "the first run of its cell has no run number: " + second);
    }

    @Test
    void aLaterQuickRun_drawsIntoTheCellsChart_withoutWaiting() {
        connect();
        train(slowRun(false), 5, 10);
        int before = calls.size();
        train(new LiveTraining.Chart(new LiveDisplay.Run(2, 2, false, false), clock(1)), 2, 2);

        List<Object[]> quick = calls.subList(before, calls.size());
        assertTrue(quick.stream().noneMatch(c -> c[0].equals("display")), "no new display");
        assertTrue(String.valueOf(quick.get(0)[2]).startsWith("run 2 · epoch 1/2"), "the line says so at once");
        assertEquals(4, quick.size(), "line at the start; blank, chart and line at the end");
    }

    @Test
    void aQuickFirstRun_staysQuiet_andTheFirstSlowOneCreatesTheChart_withItsNumber() {
        connect();
        train(new LiveTraining.Chart(new LiveDisplay.Run(2, 2, false, false), clock(1)), 2, 2);
        assertEquals(0, calls.size(), "a quick run alone shows nothing");
        train(slowRun(false), 5, 10);
        assertEquals(2, displayIds().size());
        assertTrue(lastText("id1").startsWith("run 2 · done: 5/5"), lastText("id1"));
    }

    @Test
    void liveTrue_inANewCell_showsTheChartAtOnce() {
        connect();
        var chart = new LiveTraining.Chart(new LiveDisplay.Run(5, 10, false, true), clock(0));
        chart.onTrainBegin(null, null);
        assertEquals(List.of("id0", "id1"), displayIds(), "shown before the first batch, with a clock that never moves");
    }

    @Test
    void loopOfRealRuns_inOneCell_showsOneChart_andLiveFalseRunsShowNothing() {
        connect();
        var data = Synthetic.moons(64, 0.1, 1);
        for (int seed = 1; seed <= 3; seed++) {
            Net net = Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).seed(seed).build();
            net.train(data).optimizer(Optimizer.sgd(0.1)).epochs(3).live(true).run();
        }
        assertEquals(List.of("id0", "id1"), displayIds());
        assertTrue(lastText("id1").startsWith("run 3 · done: 3/3"), lastText("id1"));
        int before = calls.size();
        Net quiet = Net.input(2).dense(1, Activation.sigmoid()).seed(4).build();
        quiet.train(data).epochs(3).live(false).run();
        assertEquals(before, calls.size(), "live(false) leaves the cell's chart alone");
    }

    @Test
    void withoutCellIdentity_everyRunThatGoesLiveGetsItsOwnChart() {
        connectWithoutCells();
        train(slowRun(false), 5, 10);
        train(slowRun(false), 5, 10);
        assertEquals(4, displayIds().size(), "two charts and two lines (the rule of nnlab 0.1)");
        assertTrue(lastText(displayIds().get(3)).startsWith("done: "), "no run numbers without cells");
    }

    @Test
    void aCellFunctionThatFails_fallsBackToAChartPerRun() {
        Notebook.connect(this::display, this::update, () -> {
            throw new IllegalStateException("kernel changed");
        });
        train(slowRun(false), 5, 10);
        train(slowRun(false), 5, 10);
        assertEquals(4, displayIds().size());
    }

    @Test
    void aRunTakenOverByALaterRunOfTheCell_goesQuiet() {
        connect();
        var first = slowRun(true);
        first.onTrainBegin(null, null);                  // shows id0 and id1
        var second = slowRun(false);
        second.onTrainBegin(null, null);                 // same cell: takes them over
        int before = calls.size();
        for (int b = 1; b <= 30; b++) {
            first.onBatchEnd(1, b, 0.5);
        }
        first.onTrainEnd(new History(List.of(log(1, 1.0)), false, false));
        assertEquals(before, calls.size(), "the earlier run sends nothing more");
        for (int b = 1; b <= 6; b++) {
            second.onBatchEnd(1, b, 0.5);             // 50 ms a clock read: past the 250 ms throttle
        }
        assertTrue(calls.size() > before, "the later run draws");
    }

    @Test
    void stoppedLaterRun_ofACell_onAKernelThatDropsLateMessages_keepsTheSharedChart_andOnlyUpdatesTheLine() {
        connect();
        train(slowRun(false), 5, 10);
        var second = threeOfTenEpochs(false);
        int before = calls.size();
        second.onTrainEnd(new History(List.of(log(1, 1.0), log(2, 0.5), log(3, 0.33)), true, false));
        List<Object[]> after = calls.subList(before, calls.size());
        assertEquals(1, after.size(), "one message after the stop");
        assertEquals("id1", after.get(0)[1], "the shared progress line, not the chart");
        assertTrue(String.valueOf(after.get(0)[2]).startsWith("run 2 · interrupted after 3/10"), String.valueOf(after.get(0)[2]));
        Object chart = calls.subList(0, before).stream().filter(c -> c[1].equals("id0")).reduce((a, b) -> b).orElseThrow()[2];
        assertEquals(3, PlotlyJson.of((Figure) chart).get("data").get(0).get("x").size(), "the chart shows the stopped run's epochs");
    }

    /** A fake kernel that sends to a given cell, as kernel/NnlabExtension.java does: calls record the cell and thread. */
    private final List<Object[]> cellCalls = new ArrayList<>();

    private void connectWithCellOutput() {
        Notebook.connect(() -> cell, new Notebook.CellOutput() {
            @Override
            public String display(Object c, Object value) {
                String id = "id" + cellCalls.stream().filter(x -> x[0].equals("display")).count();
                cellCalls.add(new Object[] {"display", id, value, c, Thread.currentThread().getName()});
                return id;
            }

            @Override
            public void update(Object c, String id, Object value) {
                cellCalls.add(new Object[] {"update", id, value, c, Thread.currentThread().getName()});
            }
        });
    }

    @Test
    void stoppedRun_sendsItsLastLineToItsOwnCell_afterTheCellEnded_fromTheSenderThread() {
        connectWithCellOutput();
        Object own = cell;
        var chart = threeOfTenEpochs(true);
        cell = null;                                     // the stop button ended the cell
        Thread.currentThread().interrupt();              // and interrupted the training thread
        chart.onTrainEnd(new History(List.of(log(1, 1.0), log(2, 0.5), log(3, 0.33)), true, false));
        assertTrue(Thread.interrupted(), "the interrupt is kept for the training loop (and cleared here)");
        Object[] last = cellCalls.get(cellCalls.size() - 1);
        assertTrue(String.valueOf(last[2]).startsWith("interrupted after 3/10"), String.valueOf(last[2]));
        Object[] chartAtEnd = cellCalls.get(cellCalls.size() - 2);
        assertEquals("id0", chartAtEnd[1], "the chart is redrawn from the history, since this kernel reaches ended cells");
        assertEquals(3, PlotlyJson.of((Figure) chartAtEnd[2]).get("data").get(0).get("x").size());
        assertTrue(cellCalls.stream().allMatch(c -> c[3] == own), "every message names the run's own cell");
        assertTrue(cellCalls.stream().allMatch(c -> c[4].equals("nnlab-live-display")),
                "no message is sent from the training thread, which the stop button interrupts");
        assertTrue(cellCalls.stream().anyMatch(c -> c[2] instanceof Blank) && cellCalls.stream().anyMatch(c -> c[2] instanceof Figure),
                "the chart was redrawn while it trained");
    }

    @Test
    void sender_waitsThroughAnInterrupt_andKeepsIt() throws InterruptedException {
        Thread training = Thread.currentThread();
        Thread stopButton = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            training.interrupt();
        });
        boolean[] done = {false};
        stopButton.start();
        boolean sent = LiveTraining.Sender.run(() -> {
            try {
                Thread.sleep(300);                       // a message still being written when the stop comes
            } catch (InterruptedException e) {
                throw new IllegalStateException("the sender thread was interrupted", e);
            }
            done[0] = true;
        });
        stopButton.join();
        assertTrue(sent && done[0], "the message was sent whole");
        assertTrue(Thread.interrupted(), "the interrupt is kept");
        assertTrue(!LiveTraining.Sender.run(() -> {
            throw new IllegalStateException("the kernel refused it");
        }), "a message that fails reports it");
    }

    @Test
    void aRunStartedWhileNoCellExecutes_showsNothing() {
        connect();
        cell = null;                                     // e.g. the rest of a loop after the stop button
        train(slowRun(true), 5, 10);
        assertEquals(0, calls.size());
    }

    @Test
    void aRunWhoseCellEnded_beforeItWentLive_doesNotShowInTheNextCell() {
        connect();
        var background = slowRun(false);
        background.onTrainBegin(null, null);
        cell = new Object();                             // the next cell runs meanwhile
        for (int b = 1; b <= 40; b++) {
            background.onBatchEnd(1, b, 0.5);            // 2 s: past the delay
        }
        background.onTrainEnd(new History(List.of(log(1, 1.0)), false, false));
        assertEquals(0, calls.size());
    }
}
