package nnlab.train;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import nnlab.data.Dataset;

/**
 * A learning curve: a model's score against the number of training examples it was given, on
 * those examples (training) and on a fixed validation set. For each size n and each repeat r,
 * a fresh model is trained on n examples drawn from the training pool (the first n of the pool
 * shuffled with seed r, so the subsets of one repeat are nested) and scored on both.
 *
 * <p>How to read one (score = accuracy; with a loss, up and down swap):
 * <ul>
 * <li>underfit: both curves flatten early, close together, at a poor score; more data does not
 *     help, a bigger model does;</li>
 * <li>overfit: training near perfect, validation well below, the gap closing only slowly as
 *     examples are added; more data (or regularization) helps;</li>
 * <li>good fit: the training score falls a little as examples are added (more points are harder
 *     to fit exactly), the validation score rises to meet it, and both flatten with a small gap.</li>
 * </ul>
 *
 * @param score      "loss" or a metric name, e.g. "accuracy"
 * @param sizes      the numbers of training examples, one per column
 * @param training   {@code training[r][i]}: repeat r's score on its own {@code sizes[i]} examples
 * @param validation {@code validation[r][i]}: the same model's score on the validation set
 */
public record LearningCurve(String score, double[] sizes, double[][] training, double[][] validation) {

    /**
     * Trains {@code repeats × sizes.length} models.
     *
     * @param pool       the examples to draw the training subsets from
     * @param validation scored after each training, never trained on
     * @param sizes      numbers of training examples, each from 1 to {@code pool.size()}
     * @param repeats    subsets (and seeds) per size, ≥ 1
     * @param score      "loss" or a metric of {@link Net#evaluate(Dataset)}, e.g. "accuracy"
     * @param fit        builds a fresh model, trains it on the subset it is given and returns it;
     *                   the second argument is the repeat r (0, 1, …), to seed the model with
     */
    public static LearningCurve of(Dataset pool, Dataset validation, int[] sizes, int repeats, String score,
                                   BiFunction<Dataset, Integer, Net> fit) {
        Training.given(pool, "pool", "LearningCurve.of(train, valid, new int[] {20, 50, 100}, 3, \"accuracy\", fit)");
        Training.given(validation, "validation set", "a held-out Dataset");
        Training.given(sizes, "sizes", "new int[] {20, 50, 100, 200}");
        Training.given(score, "score", "\"loss\" or \"accuracy\"");
        Training.given(fit, "fit function", "(subset, r) -> { Net net = …; net.train(subset).run(); return net; }");
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be >= 1, e.g. 3. Received: repeats=" + repeats);
        }
        if (sizes.length == 0) {
            throw new IllegalArgumentException("Give at least one training-set size, e.g. {20, 50, 100, 200}.");
        }
        for (int n : sizes) {
            if (n < 1 || n > pool.size()) {
                throw new IllegalArgumentException("Training-set sizes must be between 1 and the pool's " + pool.size()
                        + " examples, e.g. {20, 50, " + pool.size() + "}. Received: size=" + n);
            }
        }
        double[][] train = new double[repeats][sizes.length];
        double[][] valid = new double[repeats][sizes.length];
        for (int r = 0; r < repeats; r++) {
            Dataset shuffled = pool.shuffled(r);
            for (int i = 0; i < sizes.length; i++) {
                Dataset subset = shuffled.rows(IntStream.range(0, sizes[i]).toArray());
                Net net = fit.apply(subset, r);
                if (net == null) {
                    throw new IllegalArgumentException("The fit function must return the net it trained. Received: null"
                            + " for " + sizes[i] + " examples, repeat " + r);
                }
                train[r][i] = scoreOf(net.evaluate(subset), score);
                valid[r][i] = scoreOf(net.evaluate(validation), score);
            }
        }
        return new LearningCurve(score, Arrays.stream(sizes).asDoubleStream().toArray(), train, valid);
    }

    private static double scoreOf(Evaluation e, String score) {
        if ("loss".equals(score)) {
            return e.loss();
        }
        if (!e.metrics().containsKey(score)) {
            throw new IllegalArgumentException("A learning curve scores by \"loss\" or a metric net.evaluate(data)"
                    + " records, one of " + e.metrics().keySet() + ". Received: score=" + score);
        }
        return e.metric(score);
    }

    /** The mean over repeats of the training scores, one per size. */
    public double[] meanTraining() {
        return mean(training);
    }

    /** The mean over repeats of the validation scores, one per size. */
    public double[] meanValidation() {
        return mean(validation);
    }

    /**
     * The spread over repeats of the validation scores, one per size: the population standard
     * deviation √(Σ_r (v_r − v̄)² / R) over the R repeats, the half-width of the band
     * {@code Plot.learningCurve} draws. A small validation set shows up here as a wide spread.
     */
    public double[] stdValidation() {
        double[] m = mean(validation);
        double[] sd = new double[m.length];
        for (double[] run : validation) {
            for (int i = 0; i < m.length; i++) {
                sd[i] += (run[i] - m[i]) * (run[i] - m[i]) / validation.length;
            }
        }
        for (int i = 0; i < sd.length; i++) {
            sd[i] = Math.sqrt(sd[i]);
        }
        return sd;
    }

    private static double[] mean(double[][] runs) {
        double[] m = new double[runs[0].length];
        for (double[] run : runs) {
            for (int i = 0; i < m.length; i++) {
                m[i] += run[i] / runs.length;
            }
        }
        return m;
    }
}
