package nnlab.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import nnlab.plot.Plot;
import nnlab.plot.Series;
import nnlab.train.Callback;
import nnlab.train.EpochLog;
import nnlab.train.History;
import nnlab.train.LiveDisplay;
import tech.tablesaw.plotly.components.Figure;

/**
 * The live display of a training run in a notebook: one loss chart that is redrawn in place
 * (Jupyter's display id and {@code update_display_data}) and, under it, a progress line
 * ("epoch 3/20 (batch 120/469) · loss 0.2345 · val_loss 0.2501 · 4 s elapsed, about 21 s
 * left"). Found by {@link nnlab.train.Training#run()} through {@link LiveDisplay}'s service
 * lookup; active only when {@link Notebook#isConnected()}.
 *
 * <p><b>The rule: one live chart per cell.</b> A run appears once it has taken
 * {@value #DELAY_MILLIS} ms (at once with {@code live(true)}, never with {@code live(false)}); the
 * first run of a cell that appears creates the chart and the progress line, and every later run
 * of that cell draws into them from its start, its line saying which run it is ("run 3 · epoch
 * 12/40 · loss …", counting the runs of the cell); a run in another cell starts a new chart. So a
 * loop of runs shows one chart that follows the current run, and needs no {@code live(false)};
 * at the end the cell keeps the chart of its last run. A run shows only in the cell it started
 * in: one started while no cell executes (the rest of a loop after the stop button, which goes on
 * in the background) shows nothing. When the kernel cannot tell which cell is running (a startup
 * script that calls the two-argument {@link Notebook#connect}), every run that appears gets a
 * chart of its own.
 *
 * <p>Cost: both outputs are redrawn at most {@value #UPDATES_PER_SECOND} times a second, between
 * two batches; in between, a batch costs one clock read. The training thread hands each message
 * to one sender thread and waits for it (see {@link Sender}). At the end the chart is redrawn from
 * the final {@link History} and stays in the saved notebook. The stop button (an interrupt) ends
 * the cell at once (JJava prints "Evaluation interrupted."); the training loop sees the interrupt
 * before its next batch and returns the history so far, and the chart of the finished epochs and
 * the line "interrupted after …" are sent to the run's own cell although it has ended (with a
 * kernel that drops what comes after a cell ended, only the line is sent, and lost). A run that
 * started later in the same cell (on another thread) takes the chart over; the earlier one then
 * goes quiet.
 */
public final class LiveTraining implements LiveDisplay {

    static final int UPDATES_PER_SECOND = 4;
    static final long DELAY_MILLIS = 1000;

    /** For {@link java.util.ServiceLoader}. */
    public LiveTraining() {}

    @Override
    public Optional<Callback> open(Run run) {
        return Notebook.isConnected() ? Optional.of(new Chart(run, System::nanoTime)) : Optional.empty();
    }

    /** The callback behind one live display; the clock is injectable for tests. */
    static final class Chart implements Callback {

        private static final long INTERVAL = 1_000_000_000L / UPDATES_PER_SECOND;

        private final Run run;
        private final LongSupplier clock;
        private final List<EpochLog> logs = new ArrayList<>();
        /** The cell the run started in: every message goes there, even after the cell ended. */
        private Object cell;
        private CellChart shared;
        private int number = 1;
        private long start;
        private long last;
        private boolean shown;
        private boolean quiet;
        private boolean chartStale;
        private String chartId;
        private String lineId;
        private int epoch;
        private int batch;
        private double batchLoss = Double.NaN;

        Chart(Run run, LongSupplier clock) {
            this.run = run;
            this.clock = clock;
        }

        @Override
        public void onTrainBegin(nnlab.train.Net net, nnlab.optim.Optimizer optimizer) {
            start = clock.getAsLong();
            last = start;
            cell = Notebook.cell();
            if (cell == null) {
                // Started while no cell executes: the rest of a loop after the stop button (the
                // loop goes on in the background) or a thread of its own. Another cell's output
                // is no place for it.
                quiet = true;
                return;
            }
            if (cell != Notebook.UNKNOWN_CELL) {
                shared = Notebook.cellChart(cell);
                number = shared.begin();
            }
            if (run.forced() || shared != null && shared.isShown()) {
                show();
            }
        }

        @Override
        public void onEpochBegin(int epoch) {
            this.epoch = epoch;
            this.batch = 0;
        }

        @Override
        public void onBatchEnd(int epoch, int batch, double loss) {
            this.epoch = epoch;
            this.batch = batch;
            this.batchLoss = loss;
            tick();
        }

        @Override
        public boolean onEpochEnd(EpochLog log) {
            logs.add(log);
            chartStale = true;
            tick();
            return false;
        }

        @Override
        public void onTrainEnd(History history) {
            if (!shown || quiet) {
                return;
            }
            if (history.interrupted() && !Notebook.reachesEndedCells()) {
                // The stop button ended the cell at once, and this kernel drops what comes after:
                // a redraw (blank, then figure) could lose its second half and leave no chart.
                send(() -> Notebook.update(cell, lineId, finalLine(history)));
                return;
            }
            send(() -> {
                redraw(history.size() > 0 ? Plot.history(history) : placeholder());
                Notebook.update(cell, lineId, finalLine(history));
            });
        }

        private void tick() {
            long now = clock.getAsLong();
            if (now - last < INTERVAL || Thread.currentThread().isInterrupted()) {
                return;
            }
            last = now;
            if (!shown) {
                if (now - start >= DELAY_MILLIS * 1_000_000L) {
                    show();
                }
                return;
            }
            send(() -> {
                if (chartStale) {
                    redraw(chart());
                    chartStale = false;
                }
                Notebook.update(cell, lineId, line(now));
            });
        }

        /**
         * Draws into the chart of this cell if an earlier run showed one (the chart is redrawn at
         * the next update, so a quick run sends only its final chart), else shows a new one.
         */
        private void show() {
            if (shared == null) {
                send(this::showNew);
                return;
            }
            if (Notebook.cell() != shared.cell()) {
                quiet = true; // its cell ended before it went live: a chart now would come out of nowhere
                return;
            }
            send(() -> {
                synchronized (shared) { // on the sender thread: the training thread waits unlocked
                    if (shared.isShown()) {
                        chartId = shared.chartId;
                        lineId = shared.lineId;
                        chartStale = true;
                        Notebook.update(cell, lineId, line(clock.getAsLong()));
                    } else {
                        showNew();
                        shared.chartId = chartId;
                        shared.lineId = lineId;
                    }
                    shared.owner = this;
                    shown = true;
                }
            });
        }

        private void showNew() {
            chartId = Notebook.display(cell, chart());
            lineId = Notebook.display(cell, line(clock.getAsLong()));
            chartStale = false;
            shown = true;
        }

        /**
         * Replaces the chart. JupyterLab's plotly renderer ignores a new figure for an output it
         * has already drawn (it re-renders only when the output's MIME type changes), so the
         * output first becomes a blank block of the chart's height and then the new figure, which
         * JupyterLab draws with a fresh renderer.
         */
        private void redraw(Figure figure) {
            Notebook.update(cell, chartId, new Blank(nnlab.plot.Plot.HEIGHT));
            Notebook.update(cell, chartId, figure);
        }

        /**
         * A display that fails must not stop the training; it goes quiet instead. So does a run
         * whose chart a later run of the same cell has taken over.
         */
        private void send(Runnable r) {
            if (quiet || shown && shared != null && shared.owner != this) {
                return;
            }
            if (!Sender.run(r)) {
                quiet = true;
            }
        }

        Figure chart() {
            return logs.isEmpty() ? placeholder() : Plot.history(new History(logs, false, false));
        }

        private Figure placeholder() {
            return Plot.lines("Loss per epoch (waiting for epoch 1 of " + run.epochs() + ")", "epoch", "loss",
                    new double[0], Series.of("training", new double[0]));
        }

        String line(long now) {
            StringBuilder b = new StringBuilder(prefix());
            b.append("epoch ").append(Math.max(epoch, 1)).append('/').append(run.epochs());
            if (run.batchesPerEpoch() > 1) {
                b.append(" (batch ").append(batch).append('/').append(run.batchesPerEpoch()).append(')');
            }
            if (!logs.isEmpty()) {
                EpochLog l = logs.get(logs.size() - 1);
                b.append(String.format(" · loss %.4f", l.trainLoss()));
                if (run.validation()) {
                    b.append(String.format(" · val_loss %.4f", l.validationLoss()));
                }
            } else if (!Double.isNaN(batchLoss)) {
                b.append(String.format(" · batch loss %.4f", batchLoss));
            }
            double elapsed = (now - start) / 1e9;
            double done = (Math.max(epoch, 1) - 1 + (double) batch / run.batchesPerEpoch()) / run.epochs();
            b.append(String.format(" · %.0f s elapsed", elapsed));
            if (done > 0.02) {
                b.append(String.format(", about %.0f s left", elapsed * (1 - done) / done));
            }
            return b.toString();
        }

        /** "run 3 · " from the second run of a cell on; nothing for the first. */
        private String prefix() {
            return number > 1 ? "run " + number + " · " : "";
        }

        String finalLine(History h) {
            double seconds = (clock.getAsLong() - start) / 1e9;
            String how = h.interrupted() ? "interrupted after " : h.stopped() ? "stopped early after " : "done: ";
            StringBuilder b = new StringBuilder(prefix()).append(how).append(h.size()).append('/').append(run.epochs())
                    .append(" epochs in ").append(String.format("%.1f s", seconds));
            if (h.size() > 0) {
                b.append(String.format(" · loss %.4f", h.last().trainLoss()));
                if (run.validation()) {
                    b.append(String.format(" · val_loss %.4f", h.last().validationLoss()));
                }
            }
            return b.toString();
        }
    }

    /**
     * The one thread that sends the live displays' messages to the kernel. The stop button
     * interrupts the training thread, and Java closes an NIO channel for good when an interrupt
     * lands in the middle of a write to it; JeroMQ, under JJava's sockets, signals its I/O thread
     * through such a channel, so an unlucky stop could silence the kernel's output for the rest
     * of the session. So the training thread hands each message over and waits for it, and this
     * thread is never interrupted.
     */
    static final class Sender {

        private static final long TIMEOUT_SECONDS = 10;
        private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nnlab-live-display");
            t.setDaemon(true);
            return t;
        });

        private Sender() {}

        /**
         * Runs {@code message} on the sender thread and waits for it; an interrupt meanwhile does
         * not stop the wait and is kept (the training loop sees it at its next batch).
         *
         * @return false when the message failed or took more than {@value #TIMEOUT_SECONDS} s
         */
        static boolean run(Runnable message) {
            Future<?> sent = THREAD.submit(message);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            boolean interrupted = false;
            try {
                for (;;) {
                    try {
                        sent.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                        return true;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException | TimeoutException e) {
                        return false;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * What the training runs of one cell share: the chart and progress line (once a run has shown
     * them), the number of runs started, and the run drawing now. Held by {@link Notebook}.
     */
    static final class CellChart {

        private final Object cell;
        private int runs;
        private String chartId;
        private String lineId;
        private volatile Chart owner;

        CellChart(Object cell) {
            this.cell = cell;
        }

        Object cell() {
            return cell;
        }

        /** @return the number of the run that starts now, 1 for the first run of the cell */
        synchronized int begin() {
            return ++runs;
        }

        synchronized boolean isShown() {
            return chartId != null;
        }
    }
}
