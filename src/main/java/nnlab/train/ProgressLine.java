package nnlab.train;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import nnlab.optim.Optimizer;

/**
 * A plain-text progress line per epoch, for terminals and logs (a notebook shows it too, as
 * cell output). Example:
 * <pre>
 * epoch  12/100  loss 0.3121 (data 0.2987 + penalty 0.0134)  val_loss 0.3410  accuracy 0.8867  val_accuracy 0.8750  lr 0.05  0.01 s
 * </pre>
 * The penalty part appears only with a regularizer, the clipped share only with clipping. At
 * the end, one line says how the run ended.
 */
public final class ProgressLine implements Callback {

    private final PrintStream out;
    private int every = 1;
    private int totalEpochs;
    private long start;

    /** @param out where to print, e.g. {@code System.out} */
    public ProgressLine(PrintStream out) {
        this.out = Training.given(out, "out", "new ProgressLine(System.out)");
    }

    /** Prints every n-th epoch only (and always the last one). Default 1. */
    public ProgressLine every(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Print at least every epoch: n >= 1, e.g. 10. Received: n=" + n);
        }
        this.every = n;
        return this;
    }

    /** Tells the line how many epochs the run has, for "12/100"; optional. */
    public ProgressLine of(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("A run has at least 1 epoch, e.g. of(100). Received: epochs=" + epochs);
        }
        this.totalEpochs = epochs;
        return this;
    }

    @Override
    public void onTrainBegin(Net net, Optimizer optimizer) {
        start = System.nanoTime();
    }

    @Override
    public boolean onEpochEnd(EpochLog log) {
        if (log.epoch() % every == 0 || log.epoch() == totalEpochs) {
            out.println(line(log));
        }
        return false;
    }

    @Override
    public void onTrainEnd(History history) {
        String how = history.interrupted() ? "interrupted" : history.stopped() ? "stopped early" : "done";
        out.printf(Locale.ROOT, "%s after %d epochs in %.2f s%n", how, history.size(),
                (System.nanoTime() - start) / 1e9);
    }

    /** The text printed for one epoch. */
    public String line(EpochLog log) {
        StringBuilder sb = new StringBuilder();
        String width = totalEpochs > 0 ? String.valueOf(String.valueOf(totalEpochs).length()) : "3";
        sb.append(String.format(Locale.ROOT, "epoch %" + width + "d", log.epoch()));
        if (totalEpochs > 0) {
            sb.append('/').append(totalEpochs);
        }
        sb.append(String.format(Locale.ROOT, "  loss %.4f", log.trainLoss()));
        if (log.penalty() != 0) {
            sb.append(String.format(Locale.ROOT, " (data %.4f + penalty %.4f)", log.dataLoss(), log.penalty()));
        }
        if (!Double.isNaN(log.validationLoss())) {
            sb.append(String.format(Locale.ROOT, "  val_loss %.4f", log.validationLoss()));
        }
        for (Map.Entry<String, Double> m : log.metrics().entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %s %.4f", m.getKey(), m.getValue()));
        }
        if (!Double.isNaN(log.learningRate())) {
            sb.append(String.format(Locale.ROOT, "  lr %.4g", log.learningRate()));
        }
        if (!Double.isNaN(log.clippedFraction())) {
            sb.append(String.format(Locale.ROOT, "  clipped %.1f%%", 100 * log.clippedFraction()));
        }
        sb.append(String.format(Locale.ROOT, "  %.2f s", log.seconds()));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ProgressLine(every=" + every + ")";
    }
}
