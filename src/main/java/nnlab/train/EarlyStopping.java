package nnlab.train;

import java.util.List;
import nnlab.optim.Optimizer;

/**
 * Early stopping: end training when a monitored quantity has stopped improving, and (when
 * asked) give back the weights of the best epoch.
 *
 * <p>After each epoch the monitored value v (default {@code val_loss}) is compared with the best
 * so far: it improves when v &lt; best − minDelta (v &gt; best + minDelta for a maximised
 * quantity such as {@code val_accuracy}). An improvement resets the count of bad epochs; each
 * other epoch adds one, and training stops after the epoch at which the count reaches
 * {@code patience} (patience 0 stops at the first epoch without improvement). This is the Keras
 * rule.
 *
 * <p><b>Restoring the best weights.</b> With {@code restoreBestWeights(true)}, the weights (and
 * batch-norm running statistics) of the best epoch are copied back, bit for bit, when training
 * ends, <em>however</em> it ends: stopped by this callback, stopped by another, interrupted,
 * simply out of epochs, or failing with an exception such as a {@link NonFiniteLossException}
 * (through {@link Callback#onTrainFailed}, before the exception reaches the caller). When no
 * epoch completed (a divergence or interrupt in the first epoch), the weights the run started
 * with are copied back instead, so a diverged net is never left behind. Keras differs here, and it is a known trap: tf.keras restores them only
 * when EarlyStopping itself stopped the run, so a run whose best epoch came less than
 * {@code patience} epochs before the last one silently keeps the last weights
 * (keras-team/keras#12511, tensorflow/tensorflow#35634). Default: false, as in Keras.
 *
 * <pre>{@code
 *   var stop = Callback.earlyStopping(10).minDelta(1e-4).restoreBestWeights(true);
 *   net.train(data).validationSplit(0.2).epochs(500).callbacks(stop).run();
 *   stop.bestEpoch();   // the epoch whose weights the net now has
 * }</pre>
 * One instance can serve several runs; each run starts from a clean state.
 */
public final class EarlyStopping extends MonitoringCallback {

    private final int patience;
    private Monitor monitor = Monitor.of("val_loss");
    private double minDelta = 0;
    private boolean restoreBestWeights;

    private Snapshot snapshot;
    private double best;
    private int bestEpoch;
    private int wait;
    private int stoppedEpoch;
    private boolean restored;

    /** @param patience epochs without improvement to wait before stopping, ≥ 0 */
    public EarlyStopping(int patience) {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be a whole number of epochs >= 0, e.g. 10. Received: patience="
                    + patience);
        }
        this.patience = patience;
    }

    /**
     * The quantity to watch: {@code "val_loss"} (default), {@code "loss"}, {@code "val_accuracy"},
     * … Losses are minimised; accuracy-like metrics maximised (override with {@link #maximize(boolean)}).
     */
    public EarlyStopping monitor(String name) {
        this.monitor = Monitor.of(name);
        return this;
    }

    /** Whether larger values of the monitored quantity are better. */
    public EarlyStopping maximize(boolean maximize) {
        this.monitor = monitor.maximize(maximize);
        return this;
    }

    /** The smallest change that counts as an improvement, ≥ 0 (default 0). */
    public EarlyStopping minDelta(double minDelta) {
        this.minDelta = Monitor.requireMinDelta(minDelta);
        return this;
    }

    /**
     * Copy the best epoch's weights back when training ends, whatever ended it, an exception
     * included (default false); with no completed epoch, the run's starting weights.
     */
    public EarlyStopping restoreBestWeights(boolean restore) {
        this.restoreBestWeights = restore;
        return this;
    }

    @Override
    public void onTrainBegin(Net net, Optimizer optimizer) {
        snapshot = restoreBestWeights ? new Snapshot(net) : null;
        if (snapshot != null) {
            snapshot.capture(); // the starting weights, until an epoch is better
        }
        best = monitor.worst();
        bestEpoch = 0;
        wait = 0;
        stoppedEpoch = 0;
        restored = false;
    }

    @Override
    public boolean onEpochEnd(EpochLog log) {
        double v = monitor.read(log, "EarlyStopping");
        if (monitor.improves(v, best, minDelta)) {
            best = v;
            bestEpoch = log.epoch();
            wait = 0;
            if (snapshot != null) {
                snapshot.capture();
            }
            return false;
        }
        wait++;
        if (wait >= patience) {
            stoppedEpoch = log.epoch();
            return true;
        }
        return false;
    }

    @Override
    public void onTrainEnd(History history) {
        if (snapshot != null) {
            snapshot.restore();
            restored = bestEpoch > 0;
        }
    }

    @Override
    public void onTrainFailed(History completed, Throwable cause) {
        onTrainEnd(completed);
    }

    @Override
    void requireLogged(List<String> logged, boolean validation) {
        monitor.requireLogged(logged, validation, true, "EarlyStopping");
    }

    /** The epoch (1-based) with the best monitored value, 0 before any epoch. */
    public int bestEpoch() { return bestEpoch; }

    /** The best monitored value seen. */
    public double bestValue() { return best; }

    /** The epoch after which this callback stopped the run, 0 if it did not. */
    public int stoppedEpoch() { return stoppedEpoch; }

    /** True when the last run ended with the best epoch's weights copied back (false when no epoch completed). */
    public boolean restoredBestWeights() { return restored; }

    public int patience() { return patience; }

    public double minDelta() { return minDelta; }

    @Override
    public String toString() {
        String s = "EarlyStopping(monitor=" + monitor + ", patience=" + patience + ", minDelta=" + minDelta
                + ", restoreBestWeights=" + restoreBestWeights + ")";
        if (bestEpoch > 0) {
            s += (stoppedEpoch > 0 ? ": stopped after epoch " + stoppedEpoch : ": did not stop early")
                    + "; best " + monitor.name + " = " + String.format("%.6g", best) + " at epoch " + bestEpoch
                    + (restored ? ", weights of epoch " + bestEpoch + " restored" : "");
        }
        return s;
    }
}
