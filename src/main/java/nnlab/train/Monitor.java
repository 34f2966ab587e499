package nnlab.train;

import java.util.List;

/**
 * The quantity a callback watches (a name {@link EpochLog#value(String)} understands) and which
 * direction is better. Losses, errors and the penalty are minimised; accuracy, R², AUC,
 * precision, recall and F1 are maximised, unless told otherwise.
 */
final class Monitor {

    final String name;
    final boolean maximize;

    Monitor(String name, boolean maximize) {
        this.name = name;
        this.maximize = maximize;
    }

    /** A monitor whose direction follows from its name. */
    static Monitor of(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name the quantity to monitor, e.g. \"val_loss\" or \"val_accuracy\"."
                    + " Received: monitor=" + name);
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        boolean max = !n.contains("loss") && (n.contains("accuracy") || n.contains("r2") || n.contains("auc")
                || n.contains("precision") || n.contains("recall") || n.contains("f1"));
        return new Monitor(name, max);
    }

    Monitor maximize(boolean maximize) {
        return new Monitor(name, maximize);
    }

    /** The value in {@code log}; a clear exception when it is NaN (no validation data, or diverged). */
    double read(EpochLog log, String who) {
        double v = log.value(name);
        if (Double.isNaN(v)) {
            throw new IllegalStateException(who + " monitors " + name + ", which is NaN at epoch " + log.epoch()
                    + (name.startsWith("val_") ? ": the run has no validation data (add .validation(data) or"
                    + " .validationSplit(0.2), or monitor \"loss\")" : "") + ", or the net has diverged.");
        }
        return v;
    }

    /**
     * Checks, at the start of a run, that the run will log this quantity, so that a misspelt name
     * fails before any weight changes rather than after the first epoch.
     *
     * @param logged        every name the run's epoch logs will hold (columns, metrics, val_ metrics)
     * @param hasValidation whether the run has validation data
     * @param needsValue    true when {@code who} needs a number every epoch (a NaN would not do)
     * @throws IllegalStateException for a val_ quantity when the run has no validation data
     * @throws IllegalArgumentException for a name the run does not log
     */
    void requireLogged(List<String> logged, boolean hasValidation, boolean needsValue, String who) {
        if (needsValue && !hasValidation && name.startsWith("val_")) {
            throw new IllegalStateException(who + " monitors " + name + ", but the run has no validation data: add"
                    + " .validation(data) or .validationSplit(0.2), or monitor \"loss\". Received: monitor=" + name);
        }
        if (!logged.contains(name) && !(name.startsWith("val_") && !hasValidation && !needsValue)) {
            throw new IllegalArgumentException(who + " monitors '" + name + "', which this run does not log; use one of "
                    + logged + ", e.g. \"val_loss\" (metrics come from .metrics(...)). Received: monitor=" + name);
        }
    }

    /** True when {@code current} beats {@code best} by more than {@code minDelta}. */
    boolean improves(double current, double best, double minDelta) {
        return maximize ? current > best + minDelta : current < best - minDelta;
    }

    /** Validates the smallest change that counts as an improvement. */
    static double requireMinDelta(double minDelta) {
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("minDelta must be a finite number >= 0, e.g. 1e-4. Received: minDelta="
                    + minDelta);
        }
        return minDelta;
    }

    /** The starting "best": −∞ when maximising, +∞ when minimising. */
    double worst() {
        return maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return name + (maximize ? " (higher is better)" : " (lower is better)");
    }
}
