package nnlab.plot;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import nnlab.data.Dataset;
import nnlab.diagnose.LayerStatistics;
import nnlab.diagnose.LayerValues;
import nnlab.nn.Activation;
import nnlab.optim.PathPoint;
import nnlab.optim.Surface;
import nnlab.optim.schedule.Schedule;
import nnlab.train.History;
import nnlab.train.LearningCurve;
import nnlab.train.Net;
import tech.tablesaw.plotly.components.Figure;

/**
 * One-call plots of what a course notebook shows, each returning a Tablesaw {@link Figure} that
 * the nnlab kernel draws when it is a cell's last value:
 *
 * <pre>{@code
 *   Plot.history(history)                          // loss per epoch, training vs validation
 *   Plot.compare(Series.of("SGD", h1, "Adam", h2), "val_loss")
 *   Plot.decisionBoundary(net, data)               // any net with 2 inputs
 *   Plot.activation(Activation.sigmoid(), -6, 6)   // σ and σ′
 *   Plot.fit("Two fits", data, Series.of("MSE", a, "MAE", b))
 *   Plot.misclassified(net, test, 16)              // image data: what the net gets wrong
 * }</pre>
 *
 * Several things in one plot come as a {@link Series} (names in legend order). Every recipe
 * titles the plot and both axes and names each trace, so a saved notebook reads without its
 * code. Colours come from {@link Colors}: series i (a run, a class) has the same colour in
 * every plot. The recipes live in families (history, bands, classifier, optimization, inside
 * the net, the network, functions and fits); this class is the one to tab-complete.
 */
public final class Plot {

    private Plot() {}

    /** Height in pixels of the recipes' line plots (the live training chart keeps its place with it). */
    public static final int HEIGHT = Layouts.HEIGHT;

    // ---------------------------------------------------------------- training history

    /**
     * Training and validation loss per epoch. When a callback stopped the run early, the epoch
     * with the lowest validation loss is marked with a dashed line (early stopping's "best" epoch).
     */
    public static Figure history(History history) {
        return history(history, "loss", Scale.LINEAR);
    }

    /**
     * One column per epoch with its validation twin: {@code "loss"} draws loss and val_loss,
     * {@code "accuracy"} draws accuracy and val_accuracy (when recorded). Any name of
     * {@link History#columnNames()} is accepted ({@code "learning_rate"}, {@code "penalty"}, …).
     */
    public static Figure history(History history, String column) {
        return history(history, column, Scale.LINEAR);
    }

    /**
     * As {@link #history(History, String)} on a linear or log y axis. A log axis shows a loss that
     * keeps falling by factors (0.1, 0.01, …) instead of a flat line near zero.
     */
    public static Figure history(History history, String column, Scale yScale) {
        return history(history, column, yScale, Layouts.pretty(column) + " per epoch");
    }

    /**
     * As {@link #history(History, String, Scale)} with a title ("L2, λ = 0.01"). For a run with a
     * regularizer, the loss plot adds the training data loss L without the penalty Ω as a dashed
     * line: that, not L + Ω, is what compares with the validation loss.
     */
    public static Figure history(History history, String column, Scale yScale, String title) {
        return HistoryPlots.history(history, column, yScale, title);
    }

    /**
     * Several runs overlaid, one line each, labelled and ordered by the series: init A vs B,
     * SGD vs Adam, λ values ({@code Series.of("SGD", h1, "Adam", h2)}).
     *
     * @param column any name of {@link History#columnNames()}, e.g. {@code "val_loss"}, {@code "val_accuracy"}
     */
    public static Figure compare(Series<History> runs, String column) {
        return compare(runs, column, Scale.LINEAR);
    }

    /** As {@link #compare(Series, String)} on a linear or log y axis. */
    public static Figure compare(Series<History> runs, String column, Scale yScale) {
        return HistoryPlots.compare(runs, column, yScale);
    }

    // ---------------------------------------------------------------- curves and fits

    /**
     * Labelled lines over a shared x, in the series' order.
     *
     * @throws IllegalArgumentException if a series' length differs from x's
     */
    public static Figure lines(String title, String xTitle, String yTitle, double[] x, Series<double[]> series) {
        return lines(title, xTitle, yTitle, x, series, Scale.LINEAR);
    }

    /** As {@link #lines(String, String, String, double[], Series)} on a linear or log y axis. */
    public static Figure lines(String title, String xTitle, String yTitle, double[] x, Series<double[]> series,
                               Scale yScale) {
        return FunctionPlots.lines(title, xTitle, yTitle, x, series, yScale);
    }

    /**
     * Functions of one variable drawn over [from, to] at 201 evenly spaced points, one labelled
     * line each; a non-finite value (−log 0) is a gap.
     *
     * <pre>{@code
     *   Plot.functions("Loss of one example whose label is 1", "predicted probability ŷ", "loss", 0.01, 0.99,
     *                  Series.of("cross-entropy −log ŷ", q -> -Math.log(q), "squared error (1 − ŷ)²", q -> (1 - q) * (1 - q)))
     * }</pre>
     */
    public static Figure functions(String title, String xTitle, String yTitle, double from, double to,
                                   Series<DoubleUnaryOperator> functions) {
        return functions(title, xTitle, yTitle, from, to, functions, Scale.LINEAR);
    }

    /** As {@link #functions(String, String, String, double, double, Series)} on a linear or log y axis. */
    public static Figure functions(String title, String xTitle, String yTitle, double from, double to,
                                   Series<DoubleUnaryOperator> functions, Scale yScale) {
        return FunctionPlots.functions(title, xTitle, yTitle, from, to, functions, yScale);
    }

    /**
     * An activation f and its derivative f′ over z in [from, to], both computed by the library's
     * own layer ({@link Activation#apply(double)}, {@link Activation#derivative(double)}): the
     * sigmoid's slope peaks at σ′(0) = 1/4, tanh's at 1, ReLU's is 0 or 1.
     *
     * @throws UnsupportedOperationException for softmax, which has no one-number form
     */
    public static Figure activation(Activation activation, double from, double to) {
        return FunctionPlots.activation(activation, from, to);
    }

    /**
     * A 1-input regression net's prediction (a line through 201 points over the data's x range)
     * with the data as points.
     */
    public static Figure fit(Net net, Dataset data) {
        return fit("Regression fit", data, Series.of("prediction", net));
    }

    /**
     * The data as points and one line per net: each net's prediction at 201 evenly spaced x
     * over the data's range ({@code Series.of("MSE fit", a, "MAE fit", b)}).
     *
     * @throws IllegalArgumentException unless the data and every net have one input and one output
     */
    public static Figure fit(String title, Dataset data, Series<Net> fits) {
        return FunctionPlots.fit(title, data, fits, null, null);
    }

    /**
     * As {@link #fit(String, Dataset, Series)} with the true function drawn dashed on the same
     * grid, e.g. {@code fit(title, sample, nets, "truth sin(3x)", x -> Math.sin(3 * x))}.
     */
    public static Figure fit(String title, Dataset data, Series<Net> fits, String truthName,
                             DoubleUnaryOperator truth) {
        return FunctionPlots.fit(title, data, fits, truthName, truth);
    }

    // ---------------------------------------------------------------- classifiers

    /**
     * What a 2-input classifier predicts over the plane, with the data on top. The background is
     * the net's prediction on an 80 × 80 grid covering the data (5% margin): for one sigmoid
     * output, the probability of class 1 shaded from class 0's to class 1's colour with the
     * p = 0.5 boundary drawn; for k softmax outputs, the predicted class (argmax) in that class's
     * light colour. The points are coloured by their true class, so a point on the wrong colour
     * is misclassified.
     *
     * @throws IllegalArgumentException if the net or the data do not have 2 input features
     */
    public static Figure decisionBoundary(Net net, Dataset data) {
        return decisionBoundary(net, data, "Decision boundary");
    }

    /** As {@link #decisionBoundary(Net, Dataset)} with a title. */
    public static Figure decisionBoundary(Net net, Dataset data, String title) {
        return ClassifierPlots.decisionBoundary(net, data, title);
    }

    /**
     * The ROC curve (true-positive rate against false-positive rate as the threshold falls) of a
     * binary classifier on {@code data}, AUC in the legend, the chance diagonal, and the point of
     * the usual threshold 0.5 marked; titled "ROC curve: malignant vs benign" when classes have names.
     */
    public static Figure roc(Net net, Dataset data) {
        return roc(net, data, 0.5);
    }

    /**
     * As {@link #roc(Net, Dataset)}, marking the point of each given threshold: as the threshold
     * falls, the point moves up and to the right along the curve.
     */
    public static Figure roc(Net net, Dataset data, double... thresholds) {
        return ClassifierPlots.roc(ClassifierPlots.title("ROC curve", data), ClassifierPlots.binaryScores(net, data),
                data.labels(), thresholds);
    }

    /** As {@link #roc(Net, Dataset)} from scores and 0/1 labels, marking each of {@code thresholds}. */
    public static Figure roc(double[] scores, int[] labels, double... thresholds) {
        return ClassifierPlots.roc(scores, labels, thresholds);
    }

    /**
     * Precision against recall as the threshold falls, average precision in the legend, the
     * precision of always saying "positive" (the positive fraction) as a baseline, and the
     * threshold 0.5 marked.
     */
    public static Figure precisionRecall(Net net, Dataset data) {
        return ClassifierPlots.precisionRecall(ClassifierPlots.title("Precision-recall curve", data),
                ClassifierPlots.binaryScores(net, data), data.labels(), 0.5);
    }

    /** As {@link #precisionRecall(Net, Dataset)} from scores and 0/1 labels, marking {@code threshold}. */
    public static Figure precisionRecall(double[] scores, int[] labels, double threshold) {
        return ClassifierPlots.precisionRecall(scores, labels, threshold);
    }

    /**
     * Confusion matrix of a classifier on {@code data} as a heatmap with the count in each cell:
     * row = true class, column = predicted class ({@link nnlab.mat.MatrixOps#classOf}), the
     * diagonal holds the correct predictions; classes by name when the data has class names.
     */
    public static Figure confusionMatrix(Net net, Dataset data) {
        return ClassifierPlots.confusionMatrix(net, data);
    }

    /** A confusion matrix C[true][predicted] as an annotated heatmap. */
    public static Figure confusionMatrix(int[][] counts) {
        return ClassifierPlots.confusionMatrix(counts);
    }

    // ---------------------------------------------------------------- images (side × side pixels per row; see ImagePlots)

    /** The first n examples as grey images (row 0 on top), each titled with its class name. */
    public static Figure images(Dataset data, int n) { return ImagePlots.images(null, data, n); }

    /** As {@link #images(Dataset, int)}, titled "true: Shirt, predicted: T-shirt/top"; wrong ones in red. */
    public static Figure images(Net net, Dataset data, int n) { return ImagePlots.images(net, data, n); }

    /** The first n examples {@code net} gets wrong (all when fewer), titled with the true and predicted class. */
    public static Figure misclassified(Net net, Dataset data, int n) { return ImagePlots.misclassified(net, data, n); }

    // ---------------------------------------------------------------- spread over runs

    /**
     * Curves with their spread: for each entry, the mean over runs (folds, seeds) as a line and
     * mean ± one standard deviation as a shaded band. {@code runs.get(name)[r][i]} is run r's
     * value at {@code x[i]}; NaNs are skipped.
     *
     * <pre>{@code
     *   Plot.band("Learning curve", "training examples", "accuracy", sizes,
     *             Series.of("training", trainScores, "validation", validScores))
     * }</pre>
     *
     * @throws IllegalArgumentException if a run's length differs from x's
     */
    public static Figure band(String title, String xTitle, String yTitle, double[] x, Series<double[][]> runs) {
        return band(title, xTitle, yTitle, x, runs, Scale.LINEAR);
    }

    /** As {@link #band(String, String, String, double[], Series)} on a linear or log x axis (λ, η). */
    public static Figure band(String title, String xTitle, String yTitle, double[] x, Series<double[][]> runs,
                              Scale xScale) {
        return Bands.band(title, xTitle, yTitle, x, runs, xScale);
    }

    /**
     * Training histories of repeated runs (seeds) of each setting, as mean ± std bands of one
     * column per epoch: is optimizer A better than B, or only luckier? Runs that stopped early
     * count up to their last epoch.
     */
    public static Figure band(Series<List<History>> runs, String column) {
        return Bands.histories(runs, column);
    }

    /**
     * A {@link LearningCurve}: training and validation score against the number of training
     * examples, mean ± one standard deviation over its repeats.
     */
    public static Figure learningCurve(LearningCurve curve, String title) {
        return Bands.learningCurve(curve, title);
    }

    /**
     * Several methods' learning curves in one figure: each curve's validation score, mean ± one
     * standard deviation over its repeats, against the number of training examples.
     *
     * @throws IllegalArgumentException if the curves differ in sizes or score
     */
    public static Figure learningCurves(String title, Series<LearningCurve> curves) {
        return learningCurves(title, curves, Scale.LINEAR);
    }

    /** As {@link #learningCurves(String, Series)} on a linear or log x axis (sizes 10, 20, 40, …). */
    public static Figure learningCurves(String title, Series<LearningCurve> curves, Scale xScale) {
        return Bands.learningCurves(title, curves, xScale);
    }

    // ---------------------------------------------------------------- optimization

    /**
     * Contour lines of a 2-D surface with optimizer paths on top, one labelled path per entry
     * (start marked by the first point), the surface's minimum and marked points
     * ({@link Surface#withPoint}). Heights are drawn as log(1 + f − min f), so the flat valley
     * floor of Rosenbrock's function shows as well as its steep walls.
     */
    public static Figure lossSurface(Surface surface, Series<List<PathPoint>> paths) {
        return lossSurface(surface, paths, OptimizationPlots.pathsTitle(surface));
    }

    /** As {@link #lossSurface(Surface, Series)} with a title. */
    public static Figure lossSurface(Surface surface, Series<List<PathPoint>> paths, String title) {
        return OptimizationPlots.lossSurface(surface, paths, title, null);
    }

    /**
     * As {@link #lossSurface(Surface, Series, String)} with heights f ({@link Scale#LINEAR}) or
     * log₁₀ f ({@link Scale#LOG}, for f &gt; 0 such as a mean squared error), with a colour bar.
     */
    public static Figure lossSurface(Surface surface, Series<List<PathPoint>> paths, String title, Scale heights) {
        return OptimizationPlots.lossSurface(surface, paths, title, heights);
    }

    /**
     * The surface alone (no paths), heights f or log₁₀ f, with its marked points:
     * {@code Plot.lossSurface(mse.withPoint("least squares", m, b), "log₁₀ MSE", Scale.LOG)}.
     */
    public static Figure lossSurface(Surface surface, String title, Scale heights) {
        return OptimizationPlots.lossSurface(surface, Series.empty(), title, heights);
    }

    /** The learning rate η per epoch of each schedule, over {@code epochs} epochs, in the series' order. */
    public static Figure schedules(Series<Schedule> schedules, int epochs) {
        return OptimizationPlots.schedules(schedules, epochs);
    }

    // ---------------------------------------------------------------- inside the net

    /**
     * One recorded quantity per dense layer over training (x: batch step), one line per layer,
     * input side first. Gradient norms and update ratios go on a log axis, where a factor of 10
     * between layers is one grid line.
     */
    public static Figure layerStatistics(LayerStatistics stats, LayerStatistics.Quantity quantity) {
        return InsidePlots.layerStatistics(stats, quantity);
    }

    /**
     * Gradient flow: the mean gradient norm ‖∂L/∂W‖ of each dense layer (x: layer, 1 = next to the
     * input) on a log axis, one line per run. Vanishing gradients show as a line that falls
     * towards the input; exploding ones as a line that rises.
     */
    public static Figure gradientNorms(Series<LayerStatistics> runs) {
        return InsidePlots.gradientNorms(runs);
    }

    /**
     * Histograms of the weights, activations or gradients of each dense layer, one small plot per
     * layer (input side on top), each labelled with the layer, the count, mean and standard
     * deviation. Bars are the fraction of the layer's values in each of up to 40 bins over that
     * layer's own range: a ReLU layer's spike at 0, a sigmoid layer saturating at 0 and 1, or
     * gradients a thousand times narrower near the input all show at a glance.
     *
     * @param data examples for activations and gradients (see {@link LayerValues}); ignored for weights
     */
    public static Figure histograms(Net net, Dataset data, LayerValues what) {
        return InsidePlots.histograms(net, data, what);
    }

    /**
     * One histogram per entry (small multiples, in the series' order), of values such as a
     * layer's weights; {@code valueTitle} names them. Up to 40 bins, √n for fewer values (at least 10).
     */
    public static Figure histograms(Series<double[]> values, String valueTitle) {
        return InsidePlots.histograms(values, valueTitle);
    }

    // ---------------------------------------------------------------- the network itself

    /**
     * A drawing of a small net, as TensorFlow Playground draws one: a column of circles per layer
     * of units (inputs on the left), a line for every weight, blue for positive and orange for
     * negative, thicker for larger |w| (relative to the largest weight of the net).
     *
     * @throws IllegalArgumentException for nets with more than 600 weights
     */
    public static Figure network(Net net) {
        return NetworkDrawing.network(net);
    }
}
