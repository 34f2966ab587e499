package nnlab.train;

import java.util.ArrayList;
import java.util.List;
import nnlab.data.Augment;
import nnlab.data.Dataset;
import nnlab.loss.Loss;
import nnlab.mat.Precision;
import nnlab.metrics.Metric;
import nnlab.optim.Optimizer;
import nnlab.regularize.Regularizer;
import org.ejml.data.DMatrixRMaj;

/**
 * The settings of one training run, then the run itself ({@link #run()}). Made by
 * {@link Net#train(Dataset)}; every option has a default, and {@link #toString()} prints them all.
 *
 * <p>One epoch: shuffle the training rows (unless {@code shuffle(false)}), cut them into batches
 * of {@code batchSize} (the last one may be smaller; with one batch of every row, as in
 * {@link #fullBatch()}, the rows are used as they are: their order cannot change a full-batch
 * gradient, only the rounding of its sum), and for each batch compute the gradients
 * (adding each regularizer's ∂Ω/∂w), and let the optimizer step (which clips, if it was told
 * to). Batch size N is batch gradient descent, 1 is stochastic gradient
 * descent, anything between is mini-batch. After each epoch: the validation loss and the
 * metrics (inference mode), an {@link EpochLog}, the callbacks.
 *
 * <p>With {@link #regularizer regularizers} the cost is C = L + Ω. The log records the data loss
 * L, the penalty Ω (on the weights at the end of the epoch) and their sum as the train loss;
 * see {@link EpochLog}. When the optimizer clips gradients, the log records the share clipped.
 * The order is fixed here: ∂Ω/∂w is added to the gradients before the optimizer's step, which
 * clips first, so clipping acts after the L2 gradient is added (see {@link nnlab.regularize.GradientClipping}).
 *
 * <p><b>Checked once, before any weight changes.</b> {@link #run()} first checks what it was
 * given, on the whole data set: the targets of the training and validation sets against the
 * loss and the net's output layer ({@link Loss#checkFits}: e.g. 0/1 targets and a sigmoid
 * output for binary cross-entropy, one-hot rows and a softmax for categorical), the class and
 * sample weights (a positive total), that the net's weights are finite (not left diverged by an
 * earlier run), and that every quantity a callback monitors is one the run will log. A bad
 * target is named by its row in the data set given to {@link Net#train}, not its row in a
 * shuffled batch. The batches themselves are not checked again beyond the loss's own cheap
 * checks.
 *
 * <p>A batch loss that is NaN or infinite stops the run with a {@link NonFiniteLossException}
 * naming the epoch and batch, and telling a diverged run (the loss was finite, then grew) from a
 * loss that was never finite (from the first batch, before any step), unless a callback (such
 * as {@link TerminateOnNaN}) asks to stop cleanly instead. The exception carries the
 * {@link History} of the completed epochs, and callbacks that restore weights
 * ({@link EarlyStopping#restoreBestWeights}, {@link BestCheckpoint#restoreBestWeights}) restore
 * them before it propagates ({@link Callback#onTrainFailed}).
 *
 * <p>Reproducible: every random choice of a run draws from one of three streams derived from
 * the run's seed s ({@link #seed(long)}, default the net's seed), each used for one thing only:
 * <pre>
 *   validation split   SplittableRandom(s), 1st value   which rows {@link #validationSplit} holds out
 *   shuffle            Random(s)                        the row order of each epoch
 *   dropout masks      SplittableRandom(s), 2nd value   reseeds every {@link nnlab.nn.Dropout}
 *                                                       layer at the start of the run, in layer order
 *   augmentation       SplittableRandom(s), 3rd value   the draws of {@link #augment}, batch after batch
 * </pre>
 * So changing one setting leaves the other streams alone (a different validation split does not
 * change the shuffle's draws), and with the optimizer reset at the start, the same net, data,
 * settings and seed give bit for bit the same {@link History} losses and weights; a second run
 * of the same net repeats the first one's masks unless its seed differs. The loop checks {@link Thread#interrupted()}
 * before every batch and, when interrupted, returns the history so far with the weights as
 * they are ({@link History#interrupted()} is then true). <b>The stop button stops the cell, not
 * just the run:</b> the interrupt flag is left set (re-asserted), so in a cell that trains in a
 * loop every later {@code run()} returns at once, before any check or weight change, with an
 * empty history whose {@code interrupted()} is true, and any later blocking call
 * ({@code Thread.sleep}, I/O) of the cell throws as Java's interrupt protocol asks. The kernel
 * runs the next cell with a cleared flag; code outside a notebook that wants to train again on
 * the same thread clears it with {@link Thread#interrupted()}. It allocates nothing per batch.
 */
public final class Training {

    // the settings; package-private because TrainingRun reads them (null: the default)
    final Net net;
    final Dataset trainSet;
    Loss loss;
    Optimizer optimizer = Optimizer.sgd(0.01);
    int batchSize = 32;
    int epochs = 10;
    Dataset validation;
    double validationSplit;
    long seed;
    boolean shuffle = true;
    List<Metric> metrics;
    final List<Callback> callbacks = new ArrayList<>();
    Boolean live;
    final List<Regularizer> regularizers = new ArrayList<>();
    DMatrixRMaj sampleWeights;
    Augment augment;
    Precision precision = Precision.DOUBLE;

    Training(Net net, Dataset trainSet) {
        this.net = net;
        this.trainSet = given(trainSet, "trainSet", "net.train(data)");
        this.seed = net.seed();
        requireFits(trainSet, "training");
    }

    /** {@code value}, or an IllegalArgumentException naming the setting and an example (a null is never a default). */
    static <T> T given(T value, String name, String example) {
        if (value == null) {
            throw new IllegalArgumentException("Give a " + name + ", e.g. " + example + "; leave the setting out for"
                    + " its default. Received: " + name + "=null");
        }
        return value;
    }

    /** The loss to minimize. Default: binary CE after a sigmoid, categorical CE after a softmax, MSE otherwise. */
    public Training loss(Loss loss) {
        this.loss = given(loss, "loss", "loss(Loss.mse())");
        return this;
    }

    /** The optimizer. Default: {@code Optimizer.sgd(0.01)}. */
    public Training optimizer(Optimizer optimizer) {
        this.optimizer = given(optimizer, "optimizer", "optimizer(Optimizer.adam(0.01))");
        return this;
    }

    /** Examples per gradient step: 1 = SGD, N = batch GD. Default 32. */
    public Training batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1 (1 = SGD; fullBatch() = batch GD)."
                    + " Received: batchSize=" + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** One batch of all training examples per step: batch gradient descent. */
    public Training fullBatch() {
        this.batchSize = Integer.MAX_VALUE;
        return this;
    }

    /** Passes over the training data. Default 10. */
    public Training epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("Train for at least 1 epoch. Received: epochs=" + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /** Data to compute the validation loss and metrics on after each epoch. Default: none. */
    public Training validation(Dataset validation) {
        requireFits(given(validation, "validation", "validation(testSet)"), "validation");
        this.validation = validation;
        this.validationSplit = 0;
        return this;
    }

    /**
     * Holds out this fraction of the training data, chosen at random with {@code seed} (not the
     * last rows, which in sorted data would all be one class), as validation data. Default 0.
     */
    public Training validationSplit(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("The validation split must be in (0, 1), e.g. 0.2. Received: fraction="
                    + fraction);
        }
        this.validationSplit = fraction;
        this.validation = null;
        return this;
    }

    /**
     * The run's seed s, from which the validation split, the shuffle and the dropout masks draw
     * (see the class documentation). Default: the net's seed.
     */
    public Training seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Whether to reshuffle the training rows every epoch. Default true. No effect when one batch
     * holds every row ({@link #fullBatch()}): the order of the rows cannot change that gradient.
     */
    public Training shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** Metrics recorded after each epoch. Default: accuracy for classifiers, MSE and R² otherwise. */
    public Training metrics(Metric... metrics) {
        given(metrics, "metrics", "metrics(Metric.accuracy()), or metrics() for none");
        for (int i = 0; i < metrics.length; i++) {
            given(metrics[i], "metric (argument " + i + ")", "Metric.accuracy()");
        }
        this.metrics = List.of(metrics);
        return this;
    }

    /** Callbacks, called in the order given (added to any given before). Default: none. */
    public Training callbacks(Callback... callbacks) {
        given(callbacks, "callbacks", "callbacks(Callback.earlyStopping(10))");
        for (int i = 0; i < callbacks.length; i++) {
            this.callbacks.add(given(callbacks[i], "callback (argument " + i + ")", "Callback.earlyStopping(10)"));
        }
        return this;
    }

    /**
     * Penalties added to the cost, e.g. {@code Regularizer.l2(1e-3)}, or several
     * ({@code l1(…), l2(…).onlyFor(net.layer("dense2").parameters())}); added to any given
     * before. After each backward pass each adds ∂Ω/∂w to the gradients. Default: none.
     */
    public Training regularizer(Regularizer... regularizers) {
        given(regularizers, "regularizers", "regularizer(Regularizer.l2(1e-3))");
        for (int i = 0; i < regularizers.length; i++) {
            this.regularizers.add(given(regularizers[i], "regularizer (argument " + i + ")", "Regularizer.l2(1e-3)"));
        }
        return this;
    }

    /**
     * Whether a notebook shows this run live (a loss chart redrawn in place and a progress line;
     * see {@link LiveDisplay}). Default: one live chart per cell, so a loop of runs needs no
     * {@code live(false)}: the first run of a cell that takes longer than about a second creates
     * the chart, and every later run of that cell draws into it from its start ("run 3 · epoch
     * 12/40 · …"); quick runs alone stay quiet, and a run in the next cell starts a new chart.
     * {@code live(true)} shows the run from its start (in the cell's chart if it has one);
     * {@code live(false)} never shows it and leaves the cell's chart alone. Outside a notebook
     * there is nothing to show.
     */
    public Training live(boolean live) {
        this.live = live;
        return this;
    }

    /**
     * One non-negative, finite weight per training example (N values, not all 0). Default: all 1.
     * Their sum with the loss's class weights is checked at the start of the run.
     */
    public Training sampleWeights(double... weights) {
        given(weights, "sampleWeights", "sampleWeights(1, 1, 2, …), one per example");
        if (weights.length != trainSet.size()) {
            throw new IllegalArgumentException("Give one sample weight per training example: " + trainSet.size()
                    + " examples. Received: " + weights.length + " weights");
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("Sample weights must be finite and >= 0, e.g. 1 for every row."
                        + " Received: " + weights[i] + " at row " + i + " of the training set");
            }
            sum += weights[i];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("Sample weights need a positive sum, or the loss is 0 and nothing is"
                    + " learned; e.g. 1 for every row. Received: all " + weights.length + " weights are 0");
        }
        this.sampleWeights = new DMatrixRMaj(weights.length, 1, true, weights);
        return this;
    }

    /**
     * Transforms every training batch afresh in each epoch, e.g. {@code augment(Augment.jitter(0.1))}
     * or {@code augment(Augment.shift(1).then(Augment.flipHorizontal()))}; see {@link Augment}. The
     * draws come from the run's augmentation stream, so a run is reproducible from its seed. The
     * validation data (given or split off) is never transformed, nor is the training set itself:
     * each batch is copied into a buffer and transformed there. The logged training loss is the
     * mean loss of the augmented batches; the training metrics, like {@code net.evaluate(train)},
     * see the data as it is. Default: none.
     *
     * @throws IllegalArgumentException when the transform does not fit the training data (an image
     *     transform on data whose feature count is not a square; see {@link Augment#requireFits})
     */
    public Training augment(Augment augment) {
        given(augment, "augment", "augment(Augment.jitter(0.1))").requireFits(trainSet);
        this.augment = augment;
        return this;
    }

    /**
     * The type the dense layers' matrix products run in during this run: {@code Precision.DOUBLE}
     * (default) or {@code Precision.MIXED}, products in float32 (sgemm runs about twice as fast
     * as dgemm on large layers; the benchmark's W1 trains 1.3x faster) while weights, updates, optimizer state and losses stay double; see
     * {@link Precision}. The run's end-of-epoch validation loss and metrics use the same
     * products; after the run the net is back in its old precision. A NaN or infinity from a
     * float32 product (floats overflow above 3.4e38) ends the run like any divergence, and the
     * exception's message says that the products were float32. Check gradients in DOUBLE.
     */
    public Training precision(Precision precision) {
        this.precision = given(precision, "precision", "precision(Precision.MIXED)");
        return this;
    }

    private void requireFits(Dataset data, String what) {
        if (data.features() != net.inputSize()) {
            throw new IllegalArgumentException("The " + what + " data has " + data.features() + " features but the net"
                    + " takes " + net.inputSize() + " inputs: give data with " + net.inputSize() + " feature columns, or"
                    + " build the net with Net.input(" + data.features() + "). Received: " + data.features() + " features");
        }
        if (data.targets() != net.outputSize()) {
            throw new IllegalArgumentException("The " + what + " data has " + data.targets() + " target columns but the"
                    + " net outputs " + net.outputSize() + ". For k classes use a softmax output of k units with one-hot"
                    + " targets, or one sigmoid unit with 0/1 targets. Received: " + data.targets() + " target columns");
        }
    }

    /**
     * Checks the settings and data (see the class documentation), trains the net in place and
     * returns the per-epoch record. When the thread's interrupt flag is already set (the stop
     * button was pressed during an earlier run of this cell), returns at once an empty history
     * with {@code interrupted()} true, without training or checking anything.
     *
     * @throws IllegalArgumentException for targets, weights or monitored names that do not fit
     * @throws IllegalStateException for settings that do not fit together (e.g. monitoring
     *     {@code val_loss} without validation data), or a net whose weights are not finite
     * @throws NonFiniteLossException when the loss became NaN or infinite and no callback stopped
     */
    public History run() {
        if (Thread.currentThread().isInterrupted()) {
            return new History(List.of(), true, false);
        }
        return new TrainingRun(this).run();
    }

    /** Every setting, with defaults shown. */
    @Override
    public String toString() {
        String lossName = loss != null ? loss.toString() : net.defaultLoss() + " (default for this output)";
        List<Metric> ms = metrics != null ? metrics : Evaluation.defaultMetrics(net);
        return "Training(\n"
                + "  data            = " + trainSet + "\n"
                + "  loss            = " + lossName + "\n"
                + "  optimizer       = " + optimizer + "\n"
                + "  batchSize       = " + (batchSize == Integer.MAX_VALUE ? "full batch" : batchSize) + "\n"
                + "  epochs          = " + epochs + "\n"
                + "  validation      = " + (validation != null ? validation
                        : validationSplit > 0 ? "shuffled split of " + validationSplit : "none") + "\n"
                + "  seed            = " + seed + "\n"
                + "  shuffle         = " + shuffle + "\n"
                + "  metrics         = " + ms + "\n"
                + "  regularizers    = " + (regularizers.isEmpty() ? "none" : regularizers) + "\n"
                + "  callbacks       = " + (callbacks.isEmpty() ? "none" : callbacks) + "\n"
                + "  live            = " + (live == null ? "in a notebook, after 1 s; one chart per cell" : live) + "\n"
                + "  sampleWeights   = " + (sampleWeights == null ? "none" : "given") + "\n"
                + "  augment         = " + (augment == null ? "none" : augment) + "\n"
                + "  precision       = " + precision + "\n"
                + ")";
    }
}
