package nnlab.train;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of a training run: one {@link EpochLog} per completed epoch, plus how the run
 * ended. Columns come out as {@code double[]} for plotting.
 *
 * @param epochs      the logs, in order
 * @param interrupted true when the thread was interrupted (the notebook's stop button); the
 *                    epoch in progress is not logged, the weights keep its updates. The run
 *                    leaves the interrupt flag set, so the cell's later runs return at once
 *                    with an empty, interrupted history (see {@link Training})
 * @param stopped     true when a callback asked to stop early
 */
public record History(List<EpochLog> epochs, boolean interrupted, boolean stopped) {

    public History {
        Training.given(epochs, "epochs", "List.of(log1, log2)");
        for (int i = 0; i < epochs.size(); i++) {
            Training.given(epochs.get(i), "epoch log (index " + i + ")", "an EpochLog");
        }
        epochs = List.copyOf(epochs);
    }

    /** Number of completed epochs. */
    public int size() { return epochs.size(); }

    /** The last epoch's log. */
    public EpochLog last() {
        if (epochs.isEmpty()) {
            throw new IllegalStateException("No epoch completed, so there is no last epoch: the run was "
                    + (interrupted ? "interrupted (the stop button) before its first epoch ended"
                    : stopped ? "stopped before its first epoch ended" : "empty")
                    + "; check size() > 0 first. Received: a history of 0 epochs");
        }
        return epochs.get(epochs.size() - 1);
    }

    /** Epoch numbers 1, 2, … */
    public double[] epochNumbers() { return epochs.stream().mapToDouble(EpochLog::epoch).toArray(); }

    /** The cost per epoch, data loss + penalty (equal to {@link #dataLoss()} without a regularizer). */
    public double[] trainLoss() { return epochs.stream().mapToDouble(EpochLog::trainLoss).toArray(); }

    /** The data loss L per epoch, without the penalty: compare this with {@link #validationLoss()}. */
    public double[] dataLoss() { return epochs.stream().mapToDouble(EpochLog::dataLoss).toArray(); }

    /** The penalty Ω per epoch, on the weights at the end of each epoch (0 without a regularizer). */
    public double[] penalty() { return epochs.stream().mapToDouble(EpochLog::penalty).toArray(); }

    /** The learning rate η used in each epoch. */
    public double[] learningRate() { return epochs.stream().mapToDouble(EpochLog::learningRate).toArray(); }

    /** Per epoch, the mean share of gradient entries clipping changed (NaN without clipping). */
    public double[] clippedFraction() { return epochs.stream().mapToDouble(EpochLog::clippedFraction).toArray(); }

    /**
     * Any quantity by name, one value per epoch: one of {@link EpochLog#COLUMNS} or a recorded
     * metric (see {@link #columnNames()}); NaN in an epoch that did not record it.
     *
     * @throws IllegalArgumentException for any other name, listing the names there are
     */
    public double[] column(String name) {
        List<String> names = columnNames();
        if (!names.contains(name)) {
            // the same words as Plot.history's refusal (a test holds them equal)
            throw new IllegalArgumentException("This history has no column '" + name + "'. Columns: " + names);
        }
        return EpochLog.COLUMNS.contains(name) ? epochs.stream().mapToDouble(e -> e.value(name)).toArray()
                : epochs.stream().mapToDouble(e -> e.metric(name)).toArray();
    }

    /** Every name {@link #column(String)} accepts: {@link EpochLog#COLUMNS}, then the metrics in the order first seen. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(EpochLog.COLUMNS);
        names.addAll(metricNames());
        return names;
    }

    /** Validation loss per epoch (NaN without validation data). */
    public double[] validationLoss() { return epochs.stream().mapToDouble(EpochLog::validationLoss).toArray(); }

    public double[] seconds() { return epochs.stream().mapToDouble(EpochLog::seconds).toArray(); }

    /** One metric per epoch, e.g. {@code metric("val_accuracy")}. */
    public double[] metric(String name) {
        if (!metricNames().contains(name)) {
            throw new IllegalArgumentException("No metric '" + name + "' in this history; use one of " + metricNames()
                    + " (record others with .metrics(...) when training). Received: name=" + name);
        }
        return epochs.stream().mapToDouble(e -> e.metric(name)).toArray();
    }

    /** Names of the recorded metrics, in the order first seen. */
    public Set<String> metricNames() {
        Set<String> names = new LinkedHashSet<>();
        epochs.forEach(e -> names.addAll(e.metrics().keySet()));
        return names;
    }

    /** An aligned text table, one row per epoch. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>(metricNames());
        boolean penalised = epochs.stream().anyMatch(e -> e.penalty() != 0);
        boolean clipped = epochs.stream().anyMatch(e -> !Double.isNaN(e.clippedFraction()));
        StringBuilder sb = new StringBuilder(String.format("%6s %12s", "epoch", "loss"));
        if (penalised) {
            sb.append(String.format(" %12s %12s", "data_loss", "penalty"));
        }
        sb.append(String.format(" %12s", "val_loss"));
        names.forEach(n -> sb.append(String.format(" %12s", n)));
        sb.append(String.format(" %12s", "lr"));
        if (clipped) {
            sb.append(String.format(" %9s", "clipped"));
        }
        sb.append(String.format(" %9s%n", "seconds"));
        for (EpochLog e : epochs) {
            sb.append(String.format("%6d %12.6f", e.epoch(), e.trainLoss()));
            if (penalised) {
                sb.append(String.format(" %12.6f %12.6f", e.dataLoss(), e.penalty()));
            }
            sb.append(String.format(" %12.6f", e.validationLoss()));
            names.forEach(n -> sb.append(String.format(" %12.6f", e.metric(n))));
            sb.append(String.format(" %12.6g", e.learningRate()));
            if (clipped) {
                sb.append(String.format(" %9.4f", e.clippedFraction()));
            }
            sb.append(String.format(" %9.3f%n", e.seconds()));
        }
        if (interrupted) {
            sb.append("(interrupted)\n");
        } else if (stopped) {
            sb.append("(stopped by a callback)\n");
        }
        return sb.toString();
    }
}
