package nnlab.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.diagnose.LayerStatistics;
import nnlab.diagnose.LayerValues;
import nnlab.metrics.Curves;
import nnlab.optim.PathPoint;
import nnlab.optim.Surface;
import nnlab.optim.schedule.Schedule;
import nnlab.train.History;
import nnlab.train.LearningCurve;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * One-call plots of what a course notebook shows, each returning a Tablesaw {@link Figure} that
 * the nnlab kernel draws when it is a cell's last value:
 *
 * <pre>{@code
 *   Plot.history(history)                          // loss per epoch, training vs validation
 *   Plot.history(history, "accuracy", Scale.LINEAR)
 *   Plot.compare(Map.of("SGD", h1, "Adam", h2), "val_loss")
 *   Plot.decisionBoundary(net, data)               // any net with 2 inputs
 *   Plot.lines("σ and σ'", "z", "value", z, Map.of("σ(z)", s, "σ'(z)", ds))
 * }</pre>
 *
 * Every recipe titles the plot and both axes and names each trace, so a saved notebook reads
 * without its code. Colours come from {@link Colors}: series i (a run, a class) has the same
 * colour in every plot.
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
     * {@code "accuracy"} draws accuracy and val_accuracy (when recorded).
     */
    public static Figure history(History history, String column) {
        return history(history, column, Scale.LINEAR);
    }

    /**
     * As {@link #history(History, String)} on a linear or log y axis. A log axis shows a loss that
     * keeps falling by factors (0.1, 0.01, …) instead of a flat line near zero.
     */
    public static Figure history(History history, String column, Scale yScale) {
        return history(history, column, yScale, pretty(column) + " per epoch");
    }

    /**
     * As {@link #history(History, String, Scale)} with a title ("L2, λ = 0.01"). For a run with a
     * regularizer, the loss plot adds the training data loss L without the penalty Ω as a dashed
     * line: that, not L + Ω, is what compares with the validation loss.
     */
    public static Figure history(History history, String column, Scale yScale, String title) {
        requireEpochs(history);
        double[] epochs = history.epochNumbers();
        List<Trace> traces = new ArrayList<>();
        List<String> columns = HistoryColumns.trainAndValidation(history, column);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            double[] v = HistoryColumns.values(history, c);
            for (double x : v) {
                if (Double.isFinite(x) && (yScale != Scale.LOG || x > 0)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
            String name = c.startsWith("val_") ? "validation" : "training";
            JsonTrace t = JsonTrace.line(name, epochs, v, Colors.of(i)).put("mode", epochs.length <= 30 ? "lines+markers" : "lines");
            traces.add(t);
        }
        if (column.equals("loss") && java.util.Arrays.stream(history.penalty()).anyMatch(p -> p > 0)) {
            JsonTrace data = JsonTrace.line("training data loss (without penalty)", epochs, history.dataLoss(),
                    Colors.of(0));
            data.object("line").put("dash", "dot");
            traces.add(1, data);
        }
        title += history.interrupted() ? " (interrupted)" : "";
        if (history.stopped() && HistoryColumns.hasValidation(history) && lo <= hi) {
            int best = argmin(history.validationLoss());
            double e = epochs[best];
            JsonTrace mark = JsonTrace.line("best val_loss (epoch " + (int) e + ")", new double[] {e, e},
                    new double[] {lo, hi}, "#555555");
            mark.object("line").put("dash", "dash");
            traces.add(mark);
            title += ", stopped early";
        }
        return new Figure(Layouts.counted(title, "epoch", epochs[epochs.length - 1], column, yScale),
                traces.toArray(new Trace[0]));
    }

    /**
     * Several runs overlaid, one line each, labelled by the map's keys (use a {@link
     * java.util.LinkedHashMap} to fix their order): init A vs B, SGD vs Adam, λ values.
     *
     * @param column {@code "loss"}, {@code "val_loss"} or a recorded metric such as {@code "val_accuracy"}
     */
    public static Figure compare(Map<String, History> runs, String column) {
        return compare(runs, column, Scale.LINEAR);
    }

    /** As {@link #compare(Map, String)} on a linear or log y axis. */
    public static Figure compare(Map<String, History> runs, String column, Scale yScale) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("Give at least one run to compare, e.g. Map.of(\"SGD\", history).");
        }
        List<Trace> traces = new ArrayList<>();
        int i = 0;
        double last = 1;
        for (Map.Entry<String, History> run : runs.entrySet()) {
            requireEpochs(run.getValue());
            double[] epochs = run.getValue().epochNumbers();
            last = Math.max(last, epochs[epochs.length - 1]);
            traces.add(JsonTrace.line(run.getKey(), epochs, HistoryColumns.values(run.getValue(), column),
                    Colors.of(i++)));
        }
        return new Figure(Layouts.counted(pretty(column) + " per epoch, " + runs.size() + " runs", "epoch", last,
                column, yScale), traces.toArray(new Trace[0]));
    }

    // ---------------------------------------------------------------- generic lines

    /**
     * Labelled lines over a shared x, in the map's order.
     *
     * @throws IllegalArgumentException if a series' length differs from x's
     */
    public static Figure lines(String title, String xTitle, String yTitle, double[] x, Map<String, double[]> series) {
        return lines(title, xTitle, yTitle, x, series, Scale.LINEAR);
    }

    /** As {@link #lines(String, String, String, double[], Map)} on a linear or log y axis. */
    public static Figure lines(String title, String xTitle, String yTitle, double[] x, Map<String, double[]> series,
                               Scale yScale) {
        return new Figure(Layouts.of(title, xTitle, yTitle, yScale), lineTraces(x, series));
    }

    private static Trace[] lineTraces(double[] x, Map<String, double[]> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("Give at least one series, e.g. Map.of(\"loss\", values).");
        }
        List<Trace> traces = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            if (s.getValue().length != x.length) {
                throw new IllegalArgumentException("Series '" + s.getKey() + "' has " + s.getValue().length
                        + " values but x has " + x.length + "; give one value per x.");
            }
            traces.add(JsonTrace.line(s.getKey(), x, s.getValue(), Colors.of(i++)));
        }
        return traces.toArray(new Trace[0]);
    }

    // ---------------------------------------------------------------- decision boundary

    /** Grid points per axis of a decision-boundary plot. */
    static final int BOUNDARY_GRID = 80;

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
        if (net.inputSize() != 2 || data.features() != 2) {
            throw new IllegalArgumentException("A decision boundary needs 2 input features (a plane); the net takes "
                    + net.inputSize() + " and the data has " + data.features() + ".");
        }
        DMatrixRMaj X = data.xView();
        double[] gx = span(X, 0);
        double[] gy = span(X, 1);
        int g = BOUNDARY_GRID;
        DMatrixRMaj grid = new DMatrixRMaj(g * g, 2);
        for (int j = 0; j < g; j++) {
            for (int i = 0; i < g; i++) {
                grid.set(j * g + i, 0, gx[i]);
                grid.set(j * g + i, 1, gy[j]);
            }
        }
        DMatrixRMaj p = net.predict(grid);
        int k = p.numCols;
        double[][] z = new double[g][g];
        List<Trace> traces = new ArrayList<>();
        if (k == 1) {
            for (int j = 0; j < g; j++) {
                for (int i = 0; i < g; i++) {
                    z[j][i] = p.get(j * g + i, 0);
                }
            }
            JsonTrace heat = JsonTrace.of("heatmap", "P(class 1)").array("x", gx).array("y", gy).matrix("z", z)
                    .put("zmin", 0).put("zmax", 1).put("showlegend", false)
                    .colorscale(0.0, Colors.light(0), 0.5, "#ffffff", 1.0, Colors.light(1));
            heat.object("colorbar").put("title", "P(class 1)").put("len", 0.6);
            traces.add(heat);
            JsonTrace line = JsonTrace.of("contour", "boundary (p = 0.5)").array("x", gx).array("y", gy).matrix("z", z)
                    .put("showscale", false).put("showlegend", true).put("hoverinfo", "skip");
            line.object("contours").put("start", 0.5).put("end", 0.5).put("size", 1).put("coloring", "lines");
            line.object("line").put("color", "#333333").put("width", 2);
            line.colorscale(0.0, "#333333", 1.0, "#333333");
            traces.add(line);
        } else {
            for (int j = 0; j < g; j++) {
                for (int i = 0; i < g; i++) {
                    int best = 0;
                    for (int c = 1; c < k; c++) {
                        if (p.get(j * g + i, c) > p.get(j * g + i, best)) {
                            best = c;
                        }
                    }
                    z[j][i] = best;
                }
            }
            Object[] scale = new Object[4 * k];
            for (int c = 0; c < k; c++) {
                scale[4 * c] = (double) c / k;
                scale[4 * c + 1] = Colors.light(c);
                scale[4 * c + 2] = (double) (c + 1) / k;
                scale[4 * c + 3] = Colors.light(c);
            }
            traces.add(JsonTrace.of("heatmap", "predicted class").array("x", gx).array("y", gy).matrix("z", z)
                    .put("zmin", -0.5).put("zmax", k - 0.5).put("showscale", false).put("showlegend", false)
                    .colorscale(scale));
        }
        traces.addAll(classPoints(X, data.labels()));
        return new Figure(Layouts.sized(title, "x₁", Scale.LINEAR, "x₂", Scale.LINEAR, 640, 520),
                traces.toArray(new Trace[0]));
    }

    /** One marker trace per class, named "class c" and coloured {@link Colors#of(int) Colors.of(c)}. */
    static List<Trace> classPoints(DMatrixRMaj X, int[] labels) {
        int classes = 0;
        for (int l : labels) {
            classes = Math.max(classes, l + 1);
        }
        List<Trace> out = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            int n = 0;
            for (int l : labels) {
                n += l == c ? 1 : 0;
            }
            double[] x = new double[n];
            double[] y = new double[n];
            for (int r = 0, m = 0; r < labels.length; r++) {
                if (labels[r] == c) {
                    x[m] = X.get(r, 0);
                    y[m++] = X.get(r, 1);
                }
            }
            out.add(JsonTrace.points("class " + c, x, y, Colors.of(c), 6));
        }
        return out;
    }

    /** {@link #BOUNDARY_GRID} evenly spaced values over column c's range plus a 5% margin each side. */
    private static double[] span(DMatrixRMaj X, int c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < X.numRows; r++) {
            lo = Math.min(lo, X.get(r, c));
            hi = Math.max(hi, X.get(r, c));
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : 0.5;
        return linspace(lo - pad, hi + pad, BOUNDARY_GRID);
    }


    // ---------------------------------------------------------------- inside training

    /**
     * One recorded quantity per dense layer over training (x: batch step), one line per layer,
     * input side first. Gradient norms and update ratios go on a log axis, where a factor of 10
     * between layers is one grid line.
     */
    public static Figure layerStatistics(LayerStatistics stats, LayerStatistics.Quantity quantity) {
        List<String> layers = stats.layers();
        if (stats.samples().isEmpty()) {
            throw new IllegalArgumentException("Nothing recorded yet: pass the LayerStatistics to"
                    + " net.train(data).callbacks(stats) and run the training first.");
        }
        double[] steps = stats.steps();
        List<Trace> traces = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            traces.add(JsonTrace.line("layer " + (l + 1) + " (" + layers.get(l) + ")", steps,
                    stats.series(layers.get(l), quantity), Colors.of(l)).put("mode", steps.length <= 30 ? "lines+markers" : "lines"));
        }
        return new Figure(Layouts.counted(pretty(quantity.label()) + " per layer during training", "batch step",
                steps[steps.length - 1], quantity.label(), quantity.logScale() ? Scale.LOG : Scale.LINEAR),
                traces.toArray(new Trace[0]));
    }

    /**
     * Gradient flow: the mean gradient norm ‖∂L/∂W‖ of each dense layer (x: layer, 1 = next to the
     * input) on a log axis, one line per run. Vanishing gradients show as a line that falls
     * towards the input; exploding ones as a line that rises.
     */
    public static Figure gradientNorms(Map<String, LayerStatistics> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("Give at least one run, e.g. Map.of(\"sigmoid\", stats).");
        }
        List<Trace> traces = new ArrayList<>();
        int i = 0;
        int deepest = 1;
        for (Map.Entry<String, LayerStatistics> run : runs.entrySet()) {
            double[] g = run.getValue().perLayer(LayerStatistics.Quantity.GRADIENT_NORM);
            double[] depth = linspace(1, g.length, g.length);
            deepest = Math.max(deepest, g.length);
            traces.add(JsonTrace.line(run.getKey(), depth, g, Colors.of(i++)).put("mode", "lines+markers"));
        }
        return new Figure(Layouts.counted("Gradient norm per layer", "layer (1 = next to the input)", deepest,
                LayerStatistics.Quantity.GRADIENT_NORM.label(), Scale.LOG), traces.toArray(new Trace[0]));
    }


    /** Most bins of a histogram of {@link #histograms}; fewer values get √n bins (at least 10). */
    static final int HISTOGRAM_BINS = 40;

    /**
     * Histograms of the weights, activations or gradients of each dense layer, one small plot per
     * layer (input side on top), each labelled with the layer, the count, mean and standard
     * deviation. Bars are the fraction of the layer's values in each of up to {@value #HISTOGRAM_BINS}
     * bins over that layer's own range: a ReLU layer's spike at 0, a sigmoid layer saturating at 0
     * and 1, or gradients a thousand times narrower near the input all show at a glance.
     *
     * @param data examples for activations and gradients (see {@link LayerValues}); ignored for weights
     */
    public static Figure histograms(Net net, Dataset data, LayerValues what) {
        return histograms(what.of(net, data), what.label());
    }

    /**
     * One histogram per entry (small multiples, in the map's order), of values such as a layer's
     * weights; {@code valueTitle} names them.
     */
    public static Figure histograms(Map<String, double[]> values, String valueTitle) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Give at least one set of values, e.g. Map.of(\"dense1\", w).");
        }
        int rows = values.size();
        List<Trace> traces = new ArrayList<>();
        int l = 0;
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            double[] v = e.getValue();
            if (v.length == 0) {
                throw new IllegalArgumentException("'" + e.getKey() + "' has no values to draw.");
            }
            Histogram h = Histogram.of(v, Math.max(10, Math.min(HISTOGRAM_BINS, (int) Math.ceil(Math.sqrt(v.length)))));
            String axis = l == 0 ? "" : String.valueOf(l + 1);
            String label = String.format("layer %d (%s): %,d values, mean %.3g, std %.3g", l + 1, e.getKey(), v.length,
                    h.mean(), h.std());
            JsonTrace bars = JsonTrace.of("bar", label).array("x", h.centres()).array("y", h.fractions())
                    .put("width", h.width()).put("xaxis", "x" + axis).put("yaxis", "y" + axis).put("showlegend", false)
                    .put("hovertemplate", valueTitle + " ≈ %{x:.3g}: %{y:.1%}<extra></extra>");
            bars.object("marker").put("color", Colors.of(l)).put("opacity", 0.85);
            traces.add(bars);
            // the label sits inside the plot's top-left corner: a text "point" at the first bin, top
            double top = java.util.Arrays.stream(h.fractions()).max().orElse(1);
            traces.add(JsonTrace.of("scatter", label).put("mode", "text").array("x", new double[] {h.centres()[0]})
                    .array("y", new double[] {1.15 * top}).strings("text", new String[] {label})
                    .put("textposition", "middle right").put("xaxis", "x" + axis).put("yaxis", "y" + axis)
                    .put("showlegend", false).put("hoverinfo", "skip"));
            l++;
        }
        int height = Math.min(1000, 90 + 150 * rows);
        tech.tablesaw.plotly.components.Layout layout = tech.tablesaw.plotly.components.Layout.builder()
                .title(pretty(valueTitle) + " per layer: fraction of values per bin")
                .width(Layouts.WIDTH).height(height).showLegend(false)
                .margin(tech.tablesaw.plotly.components.Margin.builder().top(50).bottom(40).left(60).right(20).build())
                .grid(tech.tablesaw.plotly.components.Grid.builder().rows(rows).columns(1).xGap(0.1).yGap(0.35)
                        // each plot keeps its own x axis under it (Tablesaw's default puts all at the bottom)
                        .xSide(tech.tablesaw.plotly.components.Grid.XSide.BOTTOM_PLOT)
                        .pattern(tech.tablesaw.plotly.components.Grid.Pattern.INDEPENDENT).build())
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    // ---------------------------------------------------------------- spread over runs

    /**
     * Learning or validation curves with their spread: for each entry, the mean over runs (folds,
     * seeds) as a line and mean ± one standard deviation as a shaded band. {@code runs.get(name)[r][i]}
     * is run r's value at {@code x[i]}; NaNs are skipped.
     *
     * <pre>{@code
     *   Plot.band("Learning curve", "training examples", "accuracy", sizes,
     *             Map.of("training", trainScores, "validation", validScores))
     * }</pre>
     *
     * @throws IllegalArgumentException if a run's length differs from x's
     */
    public static Figure band(String title, String xTitle, String yTitle, double[] x, Map<String, double[][]> runs) {
        return band(title, xTitle, yTitle, x, runs, Scale.LINEAR);
    }

    /** As {@link #band(String, String, String, double[], Map)} on a linear or log x axis (λ, η). */
    public static Figure band(String title, String xTitle, String yTitle, double[] x, Map<String, double[][]> runs,
                              Scale xScale) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("Give at least one series of runs, e.g. Map.of(\"validation\", scores).");
        }
        List<Trace> traces = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, double[][]> e : runs.entrySet()) {
            Spread s = Spread.of(e.getKey(), x.length, e.getValue());
            String color = Colors.of(i++);
            traces.add(bandTrace(e.getKey(), x, s, color));
            traces.add(JsonTrace.line(e.getKey() + " (mean of " + s.runs() + ")", x, s.mean(), color)
                    .put("legendgroup", e.getKey()).put("mode", x.length <= 30 ? "lines+markers" : "lines"));
        }
        return new Figure(Layouts.sized(title, xTitle, xScale, yTitle, Scale.LINEAR, Layouts.WIDTH, Layouts.HEIGHT),
                traces.toArray(new Trace[0]));
    }

    /**
     * A {@link LearningCurve}: training and validation score against the number of training
     * examples, mean ± one standard deviation over its repeats.
     */
    public static Figure learningCurve(LearningCurve curve, String title) {
        Map<String, double[][]> runs = new java.util.LinkedHashMap<>();
        runs.put("training", curve.training());
        runs.put("validation", curve.validation());
        return band(title, "training examples", curve.score(), curve.sizes(), runs);
    }

    /**
     * Training histories of repeated runs (seeds) of each setting, as mean ± std bands of one
     * column per epoch: is optimizer A better than B, or only luckier? Runs that stopped early
     * count up to their last epoch.
     */
    public static Figure band(Map<String, List<History>> runs, String column) {
        Map<String, double[][]> series = new java.util.LinkedHashMap<>();
        int epochs = 0;
        for (List<History> hs : runs.values()) {
            for (History h : hs) {
                requireEpochs(h);
                epochs = Math.max(epochs, h.size());
            }
        }
        for (Map.Entry<String, List<History>> e : runs.entrySet()) {
            double[][] v = new double[e.getValue().size()][epochs];
            for (int r = 0; r < v.length; r++) {
                java.util.Arrays.fill(v[r], Double.NaN);
                double[] h = HistoryColumns.values(e.getValue().get(r), column);
                System.arraycopy(h, 0, v[r], 0, h.length);
            }
            series.put(e.getKey(), v);
        }
        Figure f = band(pretty(column) + " per epoch, mean ± std over runs", "epoch", column,
                linspace(1, epochs, epochs), series);
        f.setLayout(Layouts.counted(f.getLayout().getTitle(), "epoch", epochs, column, Scale.LINEAR));
        return f;
    }

    /** The band mean ± std as one closed polygon (upper edge left to right, lower edge back). */
    private static JsonTrace bandTrace(String name, double[] x, Spread s, String color) {
        List<Double> bx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(s.mean()[i])) {
                bx.add(x[i]);
                by.add(s.mean()[i] + s.std()[i]);
            }
        }
        for (int i = x.length - 1; i >= 0; i--) {
            if (!Double.isNaN(s.mean()[i])) {
                bx.add(x[i]);
                by.add(s.mean()[i] - s.std()[i]);
            }
        }
        JsonTrace t = JsonTrace.of("scatter", name + " ± 1 std").put("mode", "lines").put("fill", "toself")
                .put("fillcolor", Colors.withAlpha(color, 0.2)).put("legendgroup", name).put("hoverinfo", "skip")
                .array("x", bx.stream().mapToDouble(Double::doubleValue).toArray())
                .array("y", by.stream().mapToDouble(Double::doubleValue).toArray());
        t.object("line").put("width", 0).put("color", Colors.withAlpha(color, 0.2));
        return t;
    }

    // ---------------------------------------------------------------- classifier quality

    /** Scores P(class 1) of a net with one sigmoid output on {@code data}. */
    private static double[] binaryScores(Net net, Dataset data) {
        if (net.outputSize() != 1) {
            throw new IllegalArgumentException("ROC and precision-recall curves need a binary classifier with one"
                    + " sigmoid output; this net has " + net.outputSize() + " outputs.");
        }
        DMatrixRMaj p = net.predict(data.xView());
        return java.util.Arrays.copyOf(p.data, p.numRows);
    }

    /**
     * The ROC curve (true-positive rate against false-positive rate as the threshold falls) of a
     * binary classifier on {@code data}, AUC in the legend, the chance diagonal, and the point of
     * the usual threshold 0.5 marked.
     */
    public static Figure roc(Net net, Dataset data) {
        return roc(binaryScores(net, data), data.labels(), 0.5);
    }

    /**
     * As {@link #roc(Net, Dataset)}, marking the point of each given threshold: as the threshold
     * falls, the point moves up and to the right along the curve.
     */
    public static Figure roc(Net net, Dataset data, double... thresholds) {
        return roc(binaryScores(net, data), data.labels(), thresholds);
    }

    /** As {@link #roc(Net, Dataset)} from scores and 0/1 labels, marking each of {@code thresholds}. */
    public static Figure roc(double[] scores, int[] labels, double... thresholds) {
        Curves.Roc roc = Curves.roc(scores, labels);
        List<Trace> traces = new ArrayList<>();
        traces.add(JsonTrace.line(String.format("ROC (AUC = %.3f)", roc.auc()), roc.fpr(), roc.tpr(), Colors.of(0)));
        JsonTrace chance = JsonTrace.line("chance (AUC = 0.5)", new double[] {0, 1}, new double[] {0, 1}, "#999999");
        chance.object("line").put("dash", "dash");
        traces.add(chance);
        for (int j = 0; j < thresholds.length; j++) {
            int at = thresholdIndex(roc.thresholds(), thresholds[j]);
            traces.add(JsonTrace.points(String.format("threshold %.2f: FPR %.2f, TPR %.2f", thresholds[j],
                    roc.fpr()[at], roc.tpr()[at]), new double[] {roc.fpr()[at]}, new double[] {roc.tpr()[at]},
                    Colors.of(3 + j), 12));
        }
        return new Figure(Layouts.sized("ROC curve", "false-positive rate", Scale.LINEAR, "true-positive rate (recall)",
                Scale.LINEAR, 640, 480), traces.toArray(new Trace[0]));
    }

    /**
     * Precision against recall as the threshold falls, average precision in the legend, the
     * precision of always saying "positive" (the positive fraction) as a baseline, and the
     * threshold 0.5 marked.
     */
    public static Figure precisionRecall(Net net, Dataset data) {
        return precisionRecall(binaryScores(net, data), data.labels(), 0.5);
    }

    /** As {@link #precisionRecall(Net, Dataset)} from scores and 0/1 labels, marking {@code threshold}. */
    public static Figure precisionRecall(double[] scores, int[] labels, double threshold) {
        Curves.PrecisionRecall pr = Curves.precisionRecall(scores, labels);
        int at = thresholdIndex(pr.thresholds(), threshold);
        double base = java.util.Arrays.stream(labels).average().orElse(0);
        List<Trace> traces = new ArrayList<>();
        traces.add(JsonTrace.line(String.format("precision-recall (AP = %.3f)", pr.averagePrecision()), pr.recall(),
                pr.precision(), Colors.of(0)));
        JsonTrace chance = JsonTrace.line(String.format("always positive (precision %.2f)", base), new double[] {0, 1},
                new double[] {base, base}, "#999999");
        chance.object("line").put("dash", "dash");
        traces.add(chance);
        traces.add(JsonTrace.points(String.format("threshold %.2f: recall %.2f, precision %.2f", threshold,
                pr.recall()[at], pr.precision()[at]), new double[] {pr.recall()[at]}, new double[] {pr.precision()[at]},
                Colors.of(3), 12));
        return new Figure(Layouts.sized("Precision-recall curve", "recall", Scale.LINEAR, "precision", Scale.LINEAR,
                640, 480), traces.toArray(new Trace[0]));
    }

    /** The last point whose threshold is still ≥ t (the classifier "s ≥ t"). */
    private static int thresholdIndex(double[] thresholds, double t) {
        int at = 0;
        for (int i = 0; i < thresholds.length; i++) {
            if (thresholds[i] >= t) {
                at = i;
            }
        }
        return at;
    }

    /**
     * Confusion matrix of a classifier on {@code data} as a heatmap with the count in each cell:
     * row = true class, column = predicted class, the diagonal holds the correct predictions.
     */
    public static Figure confusionMatrix(Net net, Dataset data) {
        DMatrixRMaj p = net.predict(data.xView());
        int k = Math.max(2, p.numCols);
        int[] predicted = new int[p.numRows];
        for (int r = 0; r < p.numRows; r++) {
            if (p.numCols == 1) {
                predicted[r] = p.get(r, 0) >= 0.5 ? 1 : 0;
            } else {
                for (int c = 1; c < p.numCols; c++) {
                    predicted[r] = p.get(r, c) > p.get(r, predicted[r]) ? c : predicted[r];
                }
            }
        }
        return confusionMatrix(Curves.confusionMatrix(data.labels(), predicted, k));
    }

    /** A confusion matrix C[true][predicted] as an annotated heatmap. */
    public static Figure confusionMatrix(int[][] counts) {
        int k = counts.length;
        double[][] z = new double[k][k];
        String[] names = new String[k];
        for (int i = 0; i < k; i++) {
            names[i] = "class " + i;
            for (int j = 0; j < k; j++) {
                z[i][j] = counts[i][j];
            }
        }
        JsonTrace heat = JsonTrace.of("heatmap", "count").strings("x", names).strings("y", names).matrix("z", z)
                .put("texttemplate", "%{z}").put("hovertemplate", "true %{y}, predicted %{x}: %{z}<extra></extra>")
                .colorscale(0.0, "#f7fbff", 1.0, "#2171b5");
        heat.object("textfont").put("size", 16);
        heat.object("colorbar").put("title", "count");
        tech.tablesaw.plotly.components.Layout layout = tech.tablesaw.plotly.components.Layout.builder()
                .title("Confusion matrix").width(560).height(480)
                .xAxis(tech.tablesaw.plotly.components.Axis.builder().title("predicted class").build())
                .yAxis(tech.tablesaw.plotly.components.Axis.builder().title("true class")
                        .autoRange(tech.tablesaw.plotly.components.Axis.AutoRange.REVERSED).build())
                .build();
        return new Figure(layout, heat);
    }

    // ---------------------------------------------------------------- optimization pictures

    /**
     * Contour lines of a 2-D test surface with optimizer paths on top, one labelled path per
     * entry (start marked by the first point). Heights are drawn as log(1 + f − min f), so the
     * flat valley floor of Rosenbrock's function shows as well as its steep walls.
     */
    public static Figure lossSurface(Surface surface, Map<String, List<PathPoint>> paths) {
        return lossSurface(surface, paths, "Optimizer paths on the " + surface.name() + " surface");
    }

    /** As {@link #lossSurface(Surface, Map)} with a title. */
    public static Figure lossSurface(Surface surface, Map<String, List<PathPoint>> paths, String title) {
        int g = 120;
        double[] gx = linspace(surface.xRange()[0], surface.xRange()[1], g);
        double[] gy = linspace(surface.yRange()[0], surface.yRange()[1], g);
        double[][] f = new double[g][g];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < g; j++) {
            for (int i = 0; i < g; i++) {
                f[j][i] = surface.value(gx[i], gy[j]);
                min = Math.min(min, f[j][i]);
            }
        }
        for (double[] row : f) {
            for (int i = 0; i < g; i++) {
                row[i] = Math.log1p(row[i] - min);
            }
        }
        List<Trace> traces = new ArrayList<>();
        JsonTrace contour = JsonTrace.of("contour", "log(1 + f − min f)").array("x", gx).array("y", gy).matrix("z", f)
                .put("ncontours", 25).put("showlegend", false).put("showscale", false)
                .colorscale(0.0, "#f7fbff", 0.5, "#9ecae1", 1.0, "#08306b");
        traces.add(contour);
        int i = 1;
        for (Map.Entry<String, List<PathPoint>> p : paths.entrySet()) {
            double[] x = p.getValue().stream().mapToDouble(PathPoint::x).toArray();
            double[] y = p.getValue().stream().mapToDouble(PathPoint::y).toArray();
            JsonTrace path = JsonTrace.line(p.getKey() + " (" + (x.length - 1) + " steps)", x, y, Colors.of(i++))
                    .put("mode", x.length <= 60 ? "lines+markers" : "lines");
            path.object("marker").put("size", 4);
            traces.add(path);
        }
        if (surface.hasMinimum()) {
            traces.add(JsonTrace.points("minimum", new double[] {surface.minimum()[0]},
                    new double[] {surface.minimum()[1]}, "#000000", 12));
        }
        tech.tablesaw.plotly.components.Layout layout = tech.tablesaw.plotly.components.Layout.builder()
                .title(title).width(720).height(560)
                .xAxis(tech.tablesaw.plotly.components.Axis.builder().title("x").range(gx[0], gx[g - 1]).build())
                .yAxis(tech.tablesaw.plotly.components.Axis.builder().title("y").range(gy[0], gy[g - 1]).build())
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    /** The learning rate η per epoch of each schedule, over {@code epochs} epochs, in the map's order. */
    public static Figure schedules(Map<String, Schedule> schedules, int epochs) {
        Map<String, double[]> series = new java.util.LinkedHashMap<>();
        schedules.forEach((name, s) -> series.put(name, s.values(epochs)));
        double[] e = linspace(0, epochs - 1, epochs);
        return new Figure(Layouts.counted("Learning-rate schedule", "epoch", epochs - 1, "learning rate η", Scale.LINEAR),
                lineTraces(e, series));
    }

    // ---------------------------------------------------------------- regression

    /**
     * A 1-input regression net's prediction over the data's x range (a line through 200 points)
     * with the data as points.
     */
    public static Figure regressionFit(Net net, Dataset data) {
        if (net.inputSize() != 1 || net.outputSize() != 1 || data.features() != 1) {
            throw new IllegalArgumentException("A regression-fit plot needs one input and one output; the net maps "
                    + net.inputSize() + " → " + net.outputSize() + " and the data has " + data.features() + " features.");
        }
        double[] x = java.util.Arrays.copyOf(data.xView().data, data.size());
        double[] y = java.util.Arrays.copyOf(data.yView().data, data.size());
        double lo = java.util.Arrays.stream(x).min().orElse(0);
        double hi = java.util.Arrays.stream(x).max().orElse(1);
        double[] gx = linspace(lo, hi, 200);
        DMatrixRMaj p = net.predict(new DMatrixRMaj(200, 1, true, gx));
        return new Figure(Layouts.of("Regression fit", "x", "y", Scale.LINEAR),
                JsonTrace.points("data", x, y, Colors.of(0), 5),
                JsonTrace.line("prediction", gx, java.util.Arrays.copyOf(p.data, 200), Colors.of(3)));
    }


    // ---------------------------------------------------------------- the network itself

    /** Largest number of weights {@link #network(Net)} draws one line each for. */
    static final int NETWORK_MAX_WEIGHTS = 600;

    /**
     * A drawing of a small net, as TensorFlow Playground draws one: a column of circles per layer
     * of units (inputs on the left), a line for every weight, blue for positive and orange for
     * negative, thicker for larger |w| (relative to the largest weight of the net).
     *
     * @throws IllegalArgumentException for nets with more than {@value #NETWORK_MAX_WEIGHTS} weights
     */
    public static Figure network(Net net) {
        List<nnlab.nn.Dense> dense = new ArrayList<>();
        net.layers().forEach(l -> {
            if (l instanceof nnlab.nn.Dense d) {
                dense.add(d);
            }
        });
        int weights = dense.stream().mapToInt(d -> d.weights().size()).sum();
        if (dense.isEmpty() || weights > NETWORK_MAX_WEIGHTS) {
            throw new IllegalArgumentException("Plot.network draws nets with 1 to " + NETWORK_MAX_WEIGHTS
                    + " weights; this one has " + weights + ". Print net.summary() instead.");
        }
        int[] widths = new int[dense.size() + 1];
        widths[0] = dense.get(0).inputSize();
        for (int l = 0; l < dense.size(); l++) {
            widths[l + 1] = dense.get(l).outputSize();
        }
        double max = 1e-12;
        for (nnlab.nn.Dense d : dense) {
            for (double w : d.weights().value().data) {
                max = Math.max(max, Math.abs(w));
            }
        }
        int tallest = java.util.Arrays.stream(widths).max().orElse(1);
        int height = Math.min(760, Math.max(360, NETWORK_MARGIN + 28 * tallest));
        double unitPixels = (height - NETWORK_MARGIN) / (double) tallest;
        double circle = Math.min(18, Math.max(6, 0.5 * unitPixels));
        List<Trace> traces = new ArrayList<>();
        boolean[] legend = {false, false};
        for (int l = 0; l < dense.size(); l++) {
            DMatrixRMaj W = dense.get(l).weights().value();
            for (int i = 0; i < W.numRows; i++) {
                for (int j = 0; j < W.numCols; j++) {
                    double w = W.get(i, j);
                    int sign = w >= 0 ? 0 : 1;
                    JsonTrace edge = JsonTrace.line(sign == 0 ? "positive weight" : "negative weight",
                            new double[] {l, l + 1}, new double[] {unitY(i, widths[l]), unitY(j, widths[l + 1])},
                            Colors.withAlpha(Colors.of(sign), 0.75))
                            .put("showlegend", !legend[sign]).put("legendgroup", sign == 0 ? "pos" : "neg")
                            .put("hoverinfo", "text").put("text", String.format("%s: w = %.3f", dense.get(l).name(), w));
                    edge.object("line").put("width", 0.5 + 5 * Math.abs(w) / max);
                    legend[sign] = true;
                    traces.add(edge);
                }
            }
        }
        for (int l = 0; l < widths.length; l++) {
            double[] x = new double[widths[l]];
            double[] y = new double[widths[l]];
            for (int u = 0; u < widths[l]; u++) {
                x[u] = l;
                y[u] = unitY(u, widths[l]);
            }
            String name = l == 0 ? "inputs" : l == widths.length - 1 ? "outputs" : "hidden layer " + l;
            JsonTrace units = JsonTrace.points(name, x, y, "#ffffff", circle).put("showlegend", false);
            units.object("marker").putObject("line").put("color", "#333333").put("width", 2);
            traces.add(units);
        }
        tech.tablesaw.plotly.components.TickSettings layerTicks = tech.tablesaw.plotly.components.TickSettings.builder()
                .tickMode(tech.tablesaw.plotly.components.TickSettings.TickMode.LINEAR).tick0(0).dTick(1).build();
        tech.tablesaw.plotly.components.Layout layout = Layouts.of(
                "The network: " + java.util.Arrays.toString(widths).replace(", ", "-").replaceAll("[\\[\\]]", "")
                        + " units, line width = |w|",
                tech.tablesaw.plotly.components.Axis.builder().title("layer (0 = inputs)").showGrid(false)
                        .zeroLineWidth(0).tickSettings(layerTicks).build(),
                tech.tablesaw.plotly.components.Axis.builder().title("unit").showGrid(false).zeroLineWidth(0)
                        .visible(false).build(), 720, height);
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    /** Pixels of a network drawing's height taken by its title and margins (see {@link Layouts}). */
    static final int NETWORK_MARGIN = 105;

    /** Units of a layer centred on 0, one apart. */
    private static double unitY(int u, int width) {
        return (width - 1) / 2.0 - u;
    }

    // ---------------------------------------------------------------- helpers

    static double[] linspace(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
        }
        return v;
    }

    private static int argmin(double[] v) {
        int best = -1;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i]) && (best < 0 || v[i] < v[best])) {
                best = i;
            }
        }
        return Math.max(best, 0);
    }

    private static void requireEpochs(History h) {
        if (h.size() == 0) {
            throw new IllegalArgumentException("This history has no completed epoch to plot (was training interrupted"
                    + " before the first epoch ended?).");
        }
    }

    /** "val_accuracy" → "Validation accuracy", "loss" → "Loss". */
    static String pretty(String column) {
        String c = column.startsWith("val_") ? "validation " + column.substring(4) : column;
        return Character.toUpperCase(c.charAt(0)) + c.substring(1).replace('_', ' ');
    }
}
