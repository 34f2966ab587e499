package nnlab.train;

import nnlab.optim.Optimizer;

/**
 * Turns a diverged run into a clean stop. The training loop checks every batch's loss; when it
 * is NaN or infinite the weights have already blown up, and by default the loop throws a
 * {@link NonFiniteLossException} whose message names the epoch and batch and suggests remedies
 * (a lower learning rate, gradient clipping, …). With this callback it instead stops without an
 * exception: the epochs completed so far are in the {@link History} (its {@code stopped()} is
 * true), other callbacks still get {@code onTrainEnd} (so {@code EarlyStopping} with
 * {@code restoreBestWeights(true)} gives back the last good weights), and {@link #reason()}
 * holds the message.
 */
public final class TerminateOnNaN implements Callback {

    private NonFiniteLossException reason;

    @Override
    public void onTrainBegin(Net net, Optimizer optimizer) {
        reason = null;
    }

    @Override
    public boolean onNonFiniteLoss(NonFiniteLossException diverged) {
        reason = diverged;
        return true;
    }

    /** True when the last run was stopped because the loss became NaN or infinite. */
    public boolean terminated() { return reason != null; }

    /** What happened (epoch, batch, loss and remedies), or null if the run did not diverge. */
    public NonFiniteLossException reason() { return reason; }

    @Override
    public String toString() {
        return reason == null ? "TerminateOnNaN()" : "TerminateOnNaN: " + reason.getMessage();
    }
}
