package nnlab.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nnlab.optim.Optimizer;

/**
 * A callback that keeps a copy of the net every {@code every} epochs, for figures that replay
 * training ({@code Animate.boundary(snapshots, data)}, {@code Animate.network(snapshots)}):
 *
 * <pre>{@code
 *   Snapshots snapshots = Callback.snapshots(5);
 *   net.train(data).epochs(200).callbacks(snapshots).run();
 *   Animate.boundary(snapshots, data)
 * }</pre>
 *
 * It records the weights before the first epoch (epoch 0), after every epoch e with
 * e mod every = 0, and after the last epoch run (when training stops early or the epoch count is
 * not a multiple of {@code every}). Each entry holds a {@link Net#copy()}, so anything computed
 * from it later (predictions on a grid, activations and gradients on some examples) is what the
 * net of that epoch would have given; nothing is computed during training but the copy itself.
 * A copy is one pass over the parameters, like an optimizer step, made once per {@code every}
 * epochs: on DESIGN.md's W1 workload, recording every epoch costs well under 5% of training
 * time ({@code nnlab.bench.Bench W1snapshots} measures it).
 *
 * <p>Memory: one copy of the parameters per entry (8 bytes × {@link Net#parameterCount()}).
 * A new run ({@link Callback#onTrainBegin}) starts a new list.
 */
public final class Snapshots implements Callback {

    /**
     * The net as it was after {@code epoch} (0: before training), with that epoch's training and
     * validation loss (NaN when not known: epoch 0, or a run without validation data).
     */
    public record Entry(int epoch, Net net, double loss, double validationLoss) {}

    private final int every;
    private final List<Entry> entries = new ArrayList<>();
    private Net net;
    private EpochLog last;
    private boolean lastRecorded;

    /**
     * @param every epochs between two copies; at least 1
     * @throws IllegalArgumentException if {@code every} &lt; 1
     */
    public Snapshots(int every) {
        if (every < 1) {
            throw new IllegalArgumentException("Give the number of epochs between two snapshots, at least 1,"
                    + " e.g. Callback.snapshots(5). Received: every=" + every);
        }
        this.every = every;
    }

    /** Epochs between two copies. */
    public int every() {
        return every;
    }

    /** The entries recorded so far, oldest first; a read-only view. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Number of entries recorded. */
    public int size() {
        return entries.size();
    }

    /** Entry i (0 = before training). */
    public Entry get(int i) {
        if (i < 0 || i >= entries.size()) {
            throw new IndexOutOfBoundsException("Snapshots hold entries 0 to " + (entries.size() - 1)
                    + (entries.isEmpty() ? " (none yet: pass them to net.train(data).callbacks(...) and run it)" : "")
                    + ". Received: i=" + i);
        }
        return entries.get(i);
    }

    @Override
    public void onTrainBegin(Net net, Optimizer optimizer) {
        this.net = net;
        entries.clear();
        last = null;
        entries.add(new Entry(0, net.copy(), Double.NaN, Double.NaN));
    }

    @Override
    public boolean onEpochEnd(EpochLog log) {
        last = log;
        lastRecorded = log.epoch() % every == 0;
        if (lastRecorded) {
            record(log);
        }
        return false;
    }

    @Override
    public void onTrainEnd(History history) {
        if (last != null && !lastRecorded) {
            record(last);
        }
    }

    private void record(EpochLog log) {
        entries.add(new Entry(log.epoch(), net.copy(), log.trainLoss(), log.validationLoss()));
        lastRecorded = true;
    }
}
