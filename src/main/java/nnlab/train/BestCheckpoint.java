package nnlab.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnlab.optim.Optimizer;

/**
 * Keep-best checkpoint: after every epoch whose monitored value beats the best so far (by more
 * than {@code minDelta}), copies the weights (and batch-norm running statistics) into memory
 * and, if asked, saves the net to a file. Training is never stopped and the net keeps training;
 * call {@link #restore()} afterwards to put the best weights back, or load the file, or ask for
 * it with {@link #restoreBestWeights(boolean) restoreBestWeights(true)}: then the best weights
 * are copied back when training ends, however it ends (out of epochs, stopped, interrupted, or
 * failing with an exception such as a {@link NonFiniteLossException}, before it reaches the
 * caller), and the weights the run started with when no epoch completed.
 *
 * <pre>{@code
 *   var best = Callback.bestCheckpoint("val_accuracy");
 *   net.train(data).validationSplit(0.2).epochs(200).callbacks(best).run();
 *   best.restore();                       // the net now has the weights of best.bestEpoch()
 *
 *   // on disk, through nnlab.io (which sits above nnlab.train, hence the method reference):
 *   Callback.bestCheckpoint("val_loss").saveTo(Path.of("best.json"), NetFile::save);
 *   Net again = NetFile.load(Path.of("best.json"));
 * }</pre>
 * One instance can serve several runs; each run starts from a clean state.
 */
public final class BestCheckpoint extends MonitoringCallback {

    /** Writes a net to a file, e.g. {@code NetFile::save}. */
    @FunctionalInterface
    public interface Saver {
        void save(Net net, Path file) throws IOException;
    }

    private Monitor monitor;
    private double minDelta = 0;
    private Path file;
    private Saver saver;
    private boolean restoreBestWeights;

    private Net net;
    private Snapshot snapshot;
    private double best;
    private int bestEpoch;
    private int saves;

    /** @param monitor the quantity to watch, e.g. {@code "val_loss"} (minimised) or {@code "val_accuracy"} (maximised) */
    public BestCheckpoint(String monitor) {
        if (monitor == null) {
            throw new IllegalArgumentException("Name the quantity to keep the best of, e.g. bestCheckpoint(\"val_loss\")."
                    + " Received: monitor=null");
        }
        this.monitor = Monitor.of(monitor);
    }

    /** Whether larger values of the monitored quantity are better (inferred from its name otherwise). */
    public BestCheckpoint maximize(boolean maximize) {
        this.monitor = monitor.maximize(maximize);
        return this;
    }

    /** The smallest change that counts as an improvement, ≥ 0 (default 0). */
    public BestCheckpoint minDelta(double minDelta) {
        this.minDelta = Monitor.requireMinDelta(minDelta);
        return this;
    }

    /** Also writes the net to {@code file} with {@code saver} at every improvement (e.g. {@code NetFile::save}). */
    public BestCheckpoint saveTo(Path file, Saver saver) {
        if (file == null || saver == null) {
            throw new IllegalArgumentException("saveTo needs a file and a saver, e.g. saveTo(Path.of(\"best.json\"),"
                    + " NetFile::save). Received: file=" + file + ", saver=" + (saver == null ? "null" : "given"));
        }
        this.file = file;
        this.saver = saver;
        return this;
    }

    /**
     * Whether to copy the best weights back into the net when training ends, whatever ended it,
     * an exception included (default false: call {@link #restore()} yourself).
     */
    public BestCheckpoint restoreBestWeights(boolean restore) {
        this.restoreBestWeights = restore;
        return this;
    }

    @Override
    public void onTrainBegin(Net net, Optimizer optimizer) {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // before the first epoch, not after an epoch's work
            throw new IllegalArgumentException("BestCheckpoint saves into a folder that must exist: create " + folder
                    + " first (e.g. Files.createDirectories), or save elsewhere. Received: file=" + file);
        }
        this.net = net;
        snapshot = new Snapshot(net);
        snapshot.capture(); // the starting weights, until an epoch is better
        best = monitor.worst();
        bestEpoch = 0;
        saves = 0;
    }

    @Override
    public boolean onEpochEnd(EpochLog log) {
        double v = monitor.read(log, "BestCheckpoint");
        if (monitor.improves(v, best, minDelta)) {
            best = v;
            bestEpoch = log.epoch();
            snapshot.capture();
            if (saver != null) {
                try {
                    saver.save(net, file);
                } catch (IOException e) {
                    throw new UncheckedIOException("BestCheckpoint could not save epoch " + bestEpoch + " to " + file
                            + ": " + e.getMessage(), e);
                }
                saves++;
            }
        }
        return false;
    }

    @Override
    public void onTrainEnd(History history) {
        if (restoreBestWeights) {
            snapshot.restore();
        }
    }

    @Override
    public void onTrainFailed(History completed, Throwable cause) {
        if (restoreBestWeights && snapshot != null) {
            snapshot.restore();
        }
    }

    @Override
    void requireLogged(List<String> logged, boolean validation) {
        monitor.requireLogged(logged, validation, true, "BestCheckpoint");
    }

    /** Copies the best epoch's weights back into the net that was trained. */
    public void restore() {
        if (snapshot == null || bestEpoch == 0) {
            throw new IllegalStateException("No checkpoint yet: train with this callback for at least one epoch first.");
        }
        snapshot.restore();
    }

    /** The epoch (1-based) of the kept weights, 0 before any epoch. */
    public int bestEpoch() { return bestEpoch; }

    /** The best monitored value seen. */
    public double bestValue() { return best; }

    /** How many times the file was written in the last run. */
    public int saves() { return saves; }

    @Override
    public String toString() {
        return "BestCheckpoint(monitor=" + monitor + ", minDelta=" + minDelta
                + (file != null ? ", file=" + file : ", in memory") + (restoreBestWeights ? ", restoreBestWeights" : "") + ")"
                + (bestEpoch > 0 ? ": best " + monitor.name + " = " + String.format("%.6g", best) + " at epoch "
                + bestEpoch : "");
    }
}
