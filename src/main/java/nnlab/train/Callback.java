package nnlab.train;

import nnlab.optim.Optimizer;
import nnlab.optim.schedule.Schedule;

/**
 * Hooks into a training run ({@link Training#callbacks}). Every method has an empty default, so
 * a callback implements only what it needs. Calls happen on the training thread, in this order:
 * {@link #onTrainBegin} once; per epoch {@link #onEpochBegin}, {@link #onBatchEnd} after each
 * optimizer step, then {@link #onEpochEnd}; finally {@link #onTrainEnd}, also after an
 * interruption, a stop request or a loss that became NaN and a callback chose to stop on
 * ({@link #onNonFiniteLoss}). When training fails with an exception instead (a
 * {@link NonFiniteLossException}, or any exception from a callback or the loop), every callback
 * hears {@link #onTrainFailed} before the exception propagates, so each ending reaches one of
 * the two.
 *
 * <p>The ready-made callbacks, through the factories below:
 * <pre>{@code
 *   Callback.earlyStopping(10).restoreBestWeights(true)      // EarlyStopping
 *   Callback.bestCheckpoint("val_loss")                      // BestCheckpoint (in memory or on disk)
 *   Callback.schedule(Schedule.cosine(0.1, 50, 0))           // LearningRateScheduler
 *   Callback.terminateOnNaN()                                // TerminateOnNaN
 *   Callback.progress()                                      // ProgressLine, one text line per epoch
 *   Callback.snapshots(5)                                    // Snapshots, a copy of the net every 5 epochs
 * }</pre>
 * A custom callback is an anonymous class (or a class of your own) overriding only what it needs:
 * <pre>{@code
 *   new Callback() {
 *       public boolean onEpochEnd(EpochLog log) { return log.metric("accuracy") >= 0.99; }
 *   }
 * }</pre>
 */
public interface Callback {

    /** Before the first epoch; the optimizer has just been reset. */
    default void onTrainBegin(Net net, Optimizer optimizer) {}

    /**
     * Before the first batch of each epoch. The learning rate the optimizer has after all
     * callbacks' {@code onEpochBegin} is the one the epoch uses and its log records.
     *
     * @param epoch 1-based epoch
     */
    default void onEpochBegin(int epoch) {}

    /**
     * After each batch's optimizer step.
     *
     * @param epoch 1-based epoch
     * @param batch 1-based batch within the epoch
     * @param loss  the batch's data loss
     */
    default void onBatchEnd(int epoch, int batch, double loss) {}

    /**
     * After each epoch's validation and metrics.
     *
     * @return true to stop training after this epoch
     */
    default boolean onEpochEnd(EpochLog log) { return false; }

    /**
     * A batch's loss became NaN or infinite; the optimizer has not stepped on that batch. The
     * loop asks every callback; if none returns true it throws {@code diverged}, otherwise it
     * stops cleanly (the epoch in progress is not logged, {@link History#stopped()} is true) and
     * calls {@link #onTrainEnd}.
     *
     * @return true to stop training without an exception
     */
    default boolean onNonFiniteLoss(NonFiniteLossException diverged) { return false; }

    /** After the last epoch, with the full history. */
    default void onTrainEnd(History history) {}

    /**
     * Training is failing with {@code cause}; called instead of (or, when {@link #onTrainEnd}
     * itself threw, after) {@link #onTrainEnd}, before the exception propagates. Callbacks that
     * keep weights restore them here. An exception thrown here is added to {@code cause} as
     * suppressed and does not stop the other callbacks from hearing it.
     *
     * @param completed the epochs completed before the failure
     * @param cause     what is being thrown; Not modified.
     */
    default void onTrainFailed(History completed, Throwable cause) {}

    /**
     * Stops when {@code val_loss} has not improved for {@code patience} epochs; see
     * {@link EarlyStopping} for the monitor, the minimum change and restoring the best weights.
     */
    static EarlyStopping earlyStopping(int patience) {
        return new EarlyStopping(patience);
    }

    /** Keeps the weights of the epoch with the best value of {@code monitor}, e.g. "val_loss". */
    static BestCheckpoint bestCheckpoint(String monitor) {
        return new BestCheckpoint(monitor);
    }

    /** Sets the optimizer's learning rate from {@code schedule} at the start of every epoch. */
    static LearningRateScheduler schedule(Schedule schedule) {
        return new LearningRateScheduler(schedule);
    }

    /** Stops cleanly, without an exception, when the loss becomes NaN or infinite. */
    static TerminateOnNaN terminateOnNaN() {
        return new TerminateOnNaN();
    }

    /** Prints one plain-text line per epoch to {@code System.out}. */
    static ProgressLine progress() {
        return new ProgressLine(System.out);
    }

    /**
     * Keeps a copy of the net before training and every {@code every} epochs, for the figures
     * that replay a run ({@code Animate.boundary(snapshots, data)}); see {@link Snapshots}.
     */
    static Snapshots snapshots(int every) {
        return new Snapshots(every);
    }
}
