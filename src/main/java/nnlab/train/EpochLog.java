package nnlab.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one epoch produced.
 *
 * <p>With a regularizer the cost is C = L + Ω, and the log keeps the two parts apart:
 * {@code trainLoss = dataLoss + penalty} exactly. The data loss L is the mean of the batch losses
 * during the epoch (training mode, weighted by batch size); the penalty Ω is evaluated once, on
 * the weights at the end of the epoch. The validation loss is a data loss only (no Ω), so to
 * read the train/validation gap compare {@link #dataLoss()} with {@link #validationLoss()}.
 *
 * @param epoch           1-based epoch number
 * @param trainLoss       the cost L + Ω: {@code dataLoss + penalty}
 * @param dataLoss        L, mean of the batch data losses during the epoch
 * @param penalty         Ω of the training's regularizers on the weights after the epoch (0 without)
 * @param validationLoss  L on the validation data after the epoch, in inference mode; NaN without
 *                        validation data
 * @param metrics         metric values after the epoch, in inference mode: training metrics under
 *                        their name ({@code "accuracy"}), validation metrics prefixed
 *                        ({@code "val_accuracy"})
 * @param learningRate    the optimizer's η during the epoch (as set when the epoch began)
 * @param clippedFraction mean over the epoch's steps of the share of gradient entries that
 *                        clipping changed (by global norm: the share of steps that were
 *                        rescaled); NaN when the optimizer does not clip
 * @param seconds         wall-clock time of the epoch
 */
public record EpochLog(int epoch, double trainLoss, double dataLoss, double penalty, double validationLoss,
                       Map<String, Double> metrics, double learningRate, double clippedFraction, double seconds) {

    /**
     * The names of the quantities every epoch logs, in the order tables show them; with the
     * metric names they are everything {@link #value(String)} and {@link History#column(String)}
     * accept. The one list of these names: plots and tables read it from here.
     */
    public static final List<String> COLUMNS = List.of("loss", "data_loss", "penalty", "val_loss", "learning_rate",
            "clipped_fraction");

    public EpochLog {
        Training.given(metrics, "metrics", "Map.of(\"accuracy\", 0.9), or Map.of() for none");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A log without regularization or clipping: data loss = train loss, penalty 0, η and clipping unknown (NaN). */
    public EpochLog(int epoch, double trainLoss, double validationLoss, Map<String, Double> metrics, double seconds) {
        this(epoch, trainLoss, trainLoss, 0, validationLoss, metrics, Double.NaN, Double.NaN, seconds);
    }

    /** One metric's value; NaN when the metric was not recorded. */
    public double metric(String name) {
        Double v = metrics.get(name);
        return v == null ? Double.NaN : v;
    }

    /**
     * Any recorded quantity by name, as callbacks monitor it: one of {@link #COLUMNS}
     * ({@code "loss"} is the train loss L + Ω) or a metric name ({@code "accuracy"},
     * {@code "val_accuracy"}).
     *
     * @throws IllegalArgumentException for a name that is none of these
     */
    public double value(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Name a quantity of the log, one of " + COLUMNS + " or a metric: "
                    + metrics.keySet() + ". Received: name=null");
        }
        switch (name) {
            case "loss":
                return trainLoss;
            case "data_loss":
                return dataLoss;
            case "penalty":
                return penalty;
            case "val_loss":
                return validationLoss;
            case "learning_rate":
                return learningRate;
            case "clipped_fraction":
                return clippedFraction;
            default:
                Double v = metrics.get(name);
                if (v == null) {
                    throw new IllegalArgumentException("Nothing named '" + name + "' in this epoch's log. Use one of "
                            + COLUMNS + " or a metric: " + metrics.keySet() + ". Received: name=" + name);
                }
                return v;
        }
    }
}
