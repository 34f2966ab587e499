package nnlab.train;

/**
 * Training stopped because a batch's loss became NaN or infinite (the weights have diverged).
 * The message names the epoch and batch and suggests remedies.
 */
public final class NonFiniteLossException extends IllegalStateException {

    private final int epoch;
    private final int batch;
    private final double loss;

    public NonFiniteLossException(int epoch, int batch, double loss, double learningRate) {
        super("The loss became " + loss + " at epoch " + epoch + ", batch " + batch
                + ". The weights have diverged: try a lower learning rate (now " + learningRate
                + "), gradient clipping, standardized inputs, or a loss fused with its output"
                + " (sigmoid + binaryCrossEntropy).");
        this.epoch = epoch;
        this.batch = batch;
        this.loss = loss;
    }

    public int epoch() { return epoch; }

    public int batch() { return batch; }

    public double loss() { return loss; }
}
