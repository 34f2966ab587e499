package nnlab.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import nnlab.data.Augment;
import nnlab.data.Dataset;
import nnlab.loss.Loss;
import nnlab.mat.MatrixOps;
import nnlab.mat.Precision;
import nnlab.metrics.Metric;
import nnlab.nn.Dense;
import nnlab.nn.Dropout;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.nn.Residual;
import nnlab.optim.Optimizer;
import nnlab.regularize.Regularizer;
import org.ejml.data.DMatrixRMaj;

/**
 * One {@link Training#run()}: the data prepared once (split, batch buffers, row order), then the
 * epochs. Made fresh for every run, so nothing carries over from one run to the next but the
 * net's weights.
 */
final class TrainingRun {

    /** The run's random streams, all derived from the run's seed s; see {@link Training}. */
    record Streams(long split, long shuffle, long dropout, long augment) {

        static Streams of(long seed) {
            // the split, dropout and augmentation seeds are the first three outputs of
            // SplittableRandom(s); the shuffle keeps Random(s), the order runs have always had
            SplittableRandom root = new SplittableRandom(seed);
            long split = root.nextLong();
            long dropout = root.nextLong();
            return new Streams(split, seed, dropout, root.nextLong());
        }
    }

    private final Net net;
    private final Optimizer optimizer;
    private final int epochs;
    private final List<Regularizer> regularizers;
    private final Loss loss;
    private final List<Metric> metrics;
    private final Streams streams;
    private final boolean shuffle;
    private final DMatrixRMaj sampleWeights;
    private final Dataset train;
    private final Dataset valid;
    private final List<Callback> callbacks;
    private final List<Parameter> params;
    private final int n;
    private final int bs;
    /** One batch of every row: train on the data as it is, without shuffling or copying. */
    private final boolean wholeData;
    private final DMatrixRMaj xb;
    private final DMatrixRMaj yb;
    private final DMatrixRMaj wb;
    private final int[] order;
    private final Random shuffleRng;
    /** null: no augmentation; else its draws, and xb is always a buffer of the run's own. */
    private final Augment augment;
    private final Precision precision;
    private final Random augmentRng;
    /** This epoch's Σ rows·L and Σ clipped fractions over its batches. */
    private double lossSum;
    private double clippedSum;
    private boolean interrupted;
    private boolean stopped;
    /** The completed epochs. */
    private final List<EpochLog> logs = new ArrayList<>();
    /** Batches of this run whose cost was finite, the first such cost and the last. */
    private long finiteBatches;
    private double firstCost = Double.NaN;
    private double lastCost = Double.NaN;

    /** Prepares the run after checking, once and before any weight changes, everything it was given. */
    TrainingRun(Training t) {
        if (t.validationSplit > 0 && t.sampleWeights != null) {
            throw new IllegalArgumentException("sampleWeights and validationSplit cannot be combined; split the data"
                    + " yourself and pass validation(...). Received: validationSplit=" + t.validationSplit
                    + " and " + t.sampleWeights.getNumElements() + " sample weights");
        }
        net = t.net;
        optimizer = t.optimizer;
        epochs = t.epochs;
        regularizers = List.copyOf(t.regularizers);
        loss = t.loss != null ? t.loss : net.defaultLoss();
        metrics = t.metrics != null ? t.metrics : Evaluation.defaultMetrics(net);
        requireFiniteState(net);
        Layer out = net.layer(net.layers().size() - 1);
        // the whole given set, before any split: a bad row is named by its row in the user's data
        loss.checkFits(out, t.trainSet.yView(), t.sampleWeights, "training set");
        if (t.validation != null) {
            loss.checkFits(out, t.validation.yView(), null, "validation set");
        }
        streams = Streams.of(t.seed);
        shuffle = t.shuffle;
        sampleWeights = t.sampleWeights;
        Dataset.Split split = t.validationSplit > 0 ? t.trainSet.split(1 - t.validationSplit, streams.split()) : null;
        train = split == null ? t.trainSet : split.first();
        valid = split == null ? t.validation : split.second();
        n = train.size();
        bs = Math.min(t.batchSize, n);
        callbacks = new ArrayList<>(t.callbacks);
        requireMonitoredNamesLogged(callbacks, metrics, valid != null);
        if (t.live != Boolean.FALSE) {
            LiveDisplay.find(new LiveDisplay.Run(epochs, (n + bs - 1) / bs, valid != null, t.live == Boolean.TRUE))
                    .ifPresent(callbacks::add);
        }
        // the gradient of one batch of every row is a sum over the rows, so their order does not
        // matter (up to the rounding of the sum)
        wholeData = bs == n;
        augment = t.augment;
        precision = t.precision;
        augmentRng = new Random(streams.augment());
        // an augmented batch is transformed in a buffer, never in the training set's own matrix
        xb = wholeData && augment == null ? train.xView() : new DMatrixRMaj(bs, train.features());
        yb = wholeData ? train.yView() : new DMatrixRMaj(bs, train.targets());
        wb = sampleWeights == null ? null : wholeData ? sampleWeights : new DMatrixRMaj(bs, 1);
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffleRng = new Random(streams.shuffle());
        params = net.parameters();
    }

    /**
     * Trains the net in place: reset, the epochs, and the history. An interrupt ends the run and
     * is re-asserted at its end, so that the cell's later runs return at once. When anything
     * throws, every callback hears {@link Callback#onTrainFailed} before the exception goes on.
     */
    History run() {
        optimizer.reset();
        reseedDropout(net.layers(), new Random(streams.dropout()));
        Precision before = Dense.setPrecision(net.layers(), precision);
        try {
            for (Callback c : callbacks) {
                c.onTrainBegin(net, optimizer);
            }
            for (int epoch = 1; epoch <= epochs && !stopped; epoch++) {
                EpochLog log = epoch(epoch);
                if (log == null) {
                    break;
                }
                logs.add(log);
                for (Callback c : callbacks) {
                    stopped |= c.onEpochEnd(log);
                }
            }
            History history = new History(logs, interrupted, stopped);
            for (Callback c : callbacks) {
                c.onTrainEnd(history);
            }
            return history;
        } catch (RuntimeException | Error e) {
            History completed = new History(logs, interrupted, stopped);
            for (Callback c : callbacks) {
                try {
                    c.onTrainFailed(completed, e);
                } catch (RuntimeException second) {
                    e.addSuppressed(second);
                }
            }
            throw e;
        } finally {
            Dense.setPrecision(net.layers(), before);
            if (interrupted) {
                // the stop button stops the cell: its later runs see the flag and return at once
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Every parameter and layer state finite: a net left diverged by an earlier run would make every loss NaN. */
    private static void requireFiniteState(Net net) {
        for (Parameter p : net.parameters()) {
            requireFinite(p.value(), p.name());
        }
        for (Layer l : net.layers()) {
            List<DMatrixRMaj> state = l.state();
            for (int s = 0; s < state.size(); s++) {
                requireFinite(state.get(s), l.name() + " state " + s);
            }
        }
    }

    private static void requireFinite(DMatrixRMaj m, String name) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                throw new IllegalStateException("The net's weights must be finite to train, but " + name + " holds "
                        + m.data[i] + ": an earlier run probably diverged. Build the net again (or restore a"
                        + " checkpoint) and train with a lower learning rate. Received: " + name + "[row "
                        + (i / m.numCols) + ", column " + (i % m.numCols) + "] = " + m.data[i]);
            }
        }
    }

    /** Each watching callback's quantity is one the run will log: every column, each metric, and with validation its val_ form. */
    private static void requireMonitoredNamesLogged(List<Callback> callbacks, List<Metric> metrics, boolean validation) {
        List<String> logged = new ArrayList<>(EpochLog.COLUMNS);
        for (Metric m : metrics) {
            logged.add(m.name());
        }
        if (validation) {
            for (Metric m : metrics) {
                logged.add("val_" + m.name());
            }
        }
        for (Callback c : callbacks) {
            if (c instanceof MonitoringCallback m) {
                m.requireLogged(logged, validation);
            }
        }
    }

    /** Every dropout layer, in layer order, gets the next seed of the dropout stream. */
    private static void reseedDropout(List<Layer> layers, Random seeds) {
        for (Layer l : layers) {
            if (l instanceof Dropout d) {
                d.reseed(seeds.nextLong());
            } else if (l instanceof Residual r) {
                reseedDropout(r.layers(), seeds);
            }
        }
    }

    /** One pass over the training rows; null when it was cut short (interrupted, or stopped on divergence). */
    private EpochLog epoch(int epoch) {
        long start = System.nanoTime();
        for (Callback c : callbacks) {
            c.onEpochBegin(epoch);
        }
        double eta = optimizer.learningRate();
        if (shuffle && !wholeData) {
            Dataset.shuffle(order, shuffleRng);
        }
        lossSum = 0;
        clippedSum = 0;
        int batch = 0;
        for (int from = 0; from < n; from += bs) {
            if (Thread.interrupted()) {
                interrupted = true;
                return null;
            }
            if (!batch(epoch, ++batch, from, Math.min(from + bs, n))) {
                stopped = true;
                return null;
            }
        }
        return epochLog(epoch, eta, batch, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Gradients of rows {@code order[from … to)}, one optimizer step, the callbacks.
     *
     * @return false when the loss diverged and a callback asked to stop
     * @throws NonFiniteLossException when the loss diverged and no callback asked to stop
     */
    private boolean batch(int epoch, int batch, int from, int to) {
        if (!wholeData) {
            MatrixOps.gatherRows(train.xView(), order, from, to, xb);
            MatrixOps.gatherRows(train.yView(), order, from, to, yb);
            if (wb != null) {
                MatrixOps.gatherRows(sampleWeights, order, from, to, wb);
            }
        }
        if (augment != null) {
            if (wholeData) {
                xb.setTo(train.xView());
            }
            augment.transform(xb, augmentRng);
        }
        double l = net.computeGradients(xb, yb, loss, wb);
        double omega = 0;
        for (int r = 0; r < regularizers.size(); r++) {
            // ∂C/∂w = ∂L/∂w + ∂Ω/∂w
            omega += regularizers.get(r).addGradient(params);
        }
        if (!Double.isFinite(l + omega)) {
            return !diverged(epoch, batch, l + omega);
        }
        if (finiteBatches++ == 0) {
            firstCost = l + omega;
        }
        lastCost = l + omega;
        optimizer.step(params);
        for (int r = 0; r < regularizers.size(); r++) {
            regularizers.get(r).afterStep(params, optimizer.learningRate());
        }
        clippedSum += optimizer.lastClippedFraction(); // NaN when the optimizer does not clip
        lossSum += l * (to - from);
        for (int c = 0; c < callbacks.size(); c++) {
            callbacks.get(c).onBatchEnd(epoch, batch, l);
        }
        return true;
    }

    /** Asks the callbacks; returns true when one asked to stop, throws when none did. */
    private boolean diverged(int epoch, int batch, double cost) {
        NonFiniteLossException e = new NonFiniteLossException(epoch, batch, cost, optimizer.learningRate(),
                new History(logs, false, false), finiteBatches, firstCost, lastCost, precision);
        boolean stop = false;
        for (Callback c : callbacks) {
            stop |= c.onNonFiniteLoss(e);
        }
        if (!stop) {
            throw e;
        }
        return true;
    }

    /** The metrics on the training rows and the validation loss and metrics, in inference mode. */
    private EpochLog epochLog(int epoch, double eta, int batches, double seconds) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (!metrics.isEmpty()) {
            DMatrixRMaj p = net.predict(train.xView());
            for (Metric m : metrics) {
                values.put(m.name(), m.compute(p, train.yView()));
            }
        }
        double validLoss = Double.NaN;
        if (valid != null) {
            validLoss = net.meanLoss(valid.xView(), valid.yView(), loss);
            DMatrixRMaj p = net.predict(valid.xView());
            for (Metric m : metrics) {
                values.put("val_" + m.name(), m.compute(p, valid.yView()));
            }
        }
        double penalty = 0;
        for (int r = 0; r < regularizers.size(); r++) {
            penalty += regularizers.get(r).penalty(params);
        }
        double dataLoss = lossSum / n;
        return new EpochLog(epoch, dataLoss + penalty, dataLoss, penalty, validLoss, values, eta,
                clippedSum / batches, seconds);
    }
}
