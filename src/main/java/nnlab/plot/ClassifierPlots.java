package nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.mat.MatrixOps;
import nnlab.metrics.Curves;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The classifier recipes behind {@link Plot#decisionBoundary}, {@link Plot#roc},
 * {@link Plot#precisionRecall} and {@link Plot#confusionMatrix}. The class a net predicts for a
 * row is {@link MatrixOps#classOf} (0.5 threshold for one output, argmax otherwise). A class is
 * shown by its name when the data has class names ({@link Dataset#classNames()}), otherwise as
 * "class c" ({@link #className}).
 */
final class ClassifierPlots {

    /** Grid points per axis of a decision-boundary plot. */
    static final int BOUNDARY_GRID = 80;

    private ClassifierPlots() {}

    static Figure decisionBoundary(Net net, Dataset data, String title) {
        Require.netAndData(net, data);
        if (net.inputSize() != 2 || data.features() != 2) {
            throw new IllegalArgumentException("A decision boundary needs 2 input features (a plane); the net takes "
                    + net.inputSize() + " and the data has " + data.features() + ".");
        }
        DMatrixRMaj X = data.xView();
        int g = BOUNDARY_GRID;
        double[] gx = span(X, 0, g);
        double[] gy = span(X, 1, g);
        DMatrixRMaj p = net.predict(grid(gx, gy));
        List<Trace> traces = new ArrayList<>(shading(gx, gy, surface(p, g), p.numCols, data));
        traces.addAll(classPoints(data));
        return new Figure(Layouts.sized(title, "x₁", Scale.LINEAR, "x₂", Scale.LINEAR, 640, 520),
                traces.toArray(new Trace[0]));
    }

    /** The name of class c in plots: the data's class name, or "class c" when it has none (or c is past its names). */
    static String className(Dataset data, int c) {
        return c < data.classNames().size() ? data.className(c) : "class " + c;
    }

    /** One marker trace per class, named by {@link #className} and coloured {@link Colors#of(int) Colors.of(c)}. */
    static List<Trace> classPoints(Dataset data) {
        DMatrixRMaj X = data.xView();
        int[] labels = data.labels();
        int classes = Math.max(Arrays.stream(labels).max().orElse(-1) + 1, data.classNames().size());
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
            out.add(JsonTrace.points(className(data, c), x, y, Colors.of(c), 6));
        }
        return out;
    }

    /** The grid points (gx[i], gy[j]) as rows j·n + i of an n² × 2 matrix. */
    static DMatrixRMaj grid(double[] gx, double[] gy) {
        DMatrixRMaj grid = new DMatrixRMaj(gx.length * gy.length, 2);
        for (int j = 0; j < gy.length; j++) {
            for (int i = 0; i < gx.length; i++) {
                grid.set(j * gx.length + i, 0, gx[i]);
                grid.set(j * gx.length + i, 1, gy[j]);
            }
        }
        return grid;
    }

    /**
     * What the background shows of predictions p on a g × g {@link #grid}: P(class 1) for one
     * output, the predicted class ({@link MatrixOps#classes}) for k outputs; row j is y = gy[j].
     */
    static double[][] surface(DMatrixRMaj p, int g) {
        int[] predicted = p.numCols == 1 ? null : MatrixOps.classes(p);
        double[][] z = new double[g][g];
        for (int j = 0; j < g; j++) {
            for (int i = 0; i < g; i++) {
                z[j][i] = predicted == null ? p.get(j * g + i, 0) : predicted[j * g + i];
            }
        }
        return z;
    }

    /**
     * The background traces for a {@link #surface} z of a net with {@code outputs} outputs: for one,
     * the probability heatmap and the p = 0.5 contour line; for k, the predicted-class heatmap.
     */
    static List<Trace> shading(double[] gx, double[] gy, double[][] z, int outputs, Dataset data) {
        List<Trace> traces = new ArrayList<>();
        if (outputs == 1) {
            String p1 = "P(" + className(data, 1) + ")";
            JsonTrace heat = JsonTrace.of("heatmap", p1).array("x", gx).array("y", gy).matrix("z", z)
                    .put("zmin", 0).put("zmax", 1).put("showlegend", false)
                    .colorscale(0.0, Colors.light(0), 0.5, "#ffffff", 1.0, Colors.light(1));
            heat.object("colorbar").put("title", p1).put("len", 0.6);
            traces.add(heat);
            JsonTrace line = JsonTrace.of("contour", "boundary (p = 0.5)").array("x", gx).array("y", gy).matrix("z", z)
                    .put("showscale", false).put("showlegend", true).put("hoverinfo", "skip");
            line.object("contours").put("start", 0.5).put("end", 0.5).put("size", 1).put("coloring", "lines");
            line.object("line").put("color", "#333333").put("width", 2);
            line.colorscale(0.0, "#333333", 1.0, "#333333");
            traces.add(line);
        } else {
            int k = outputs;
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
        return traces;
    }

    /** n evenly spaced values over column c's range plus a 5% margin each side. */
    static double[] span(DMatrixRMaj X, int c, int n) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < X.numRows; r++) {
            lo = Math.min(lo, X.get(r, c));
            hi = Math.max(hi, X.get(r, c));
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : 0.5;
        return Layouts.linspace(lo - pad, hi + pad, n);
    }

    /** Scores P(class 1) of a net with one sigmoid output on {@code data}. */
    static double[] binaryScores(Net net, Dataset data) {
        Require.netAndData(net, data);
        if (net.outputSize() != 1) {
            throw new IllegalArgumentException("ROC and precision-recall curves need a binary classifier with one"
                    + " sigmoid output; this net has " + net.outputSize() + " outputs.");
        }
        DMatrixRMaj p = net.predict(data.xView());
        return Arrays.copyOf(p.data, p.numRows);
    }

    /** "ROC curve: malignant vs benign" when the data names its classes, else "ROC curve". */
    static String title(String curve, Dataset data) {
        Require.given("data", data, "the Dataset to draw, such as the validation set");
        return data.classNames().isEmpty() ? curve : curve + ": " + data.className(1) + " vs " + data.className(0);
    }

    static Figure roc(double[] scores, int[] labels, double... thresholds) {
        return roc("ROC curve", scores, labels, thresholds);
    }

    static Figure roc(String title, double[] scores, int[] labels, double... thresholds) {
        Curves.Roc roc = Curves.roc(scores, labels);
        if (thresholds == null) {
            throw new IllegalArgumentException("Give the thresholds to mark, or none, e.g. Plot.roc(scores, labels, 0.5)."
                    + " Received: thresholds=null");
        }
        for (double t : thresholds) {
            requireThreshold(t);
        }
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
        return new Figure(Layouts.sized(title, "false-positive rate", Scale.LINEAR, "true-positive rate (recall)",
                Scale.LINEAR, 640, 480), traces.toArray(new Trace[0]));
    }

    static Figure precisionRecall(double[] scores, int[] labels, double threshold) {
        return precisionRecall("Precision-recall curve", scores, labels, threshold);
    }

    static Figure precisionRecall(String title, double[] scores, int[] labels, double threshold) {
        Curves.PrecisionRecall pr = Curves.precisionRecall(scores, labels);
        requireThreshold(threshold);
        int at = thresholdIndex(pr.thresholds(), threshold);
        double base = Arrays.stream(labels).average().orElse(0);
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
        return new Figure(Layouts.sized(title, "recall", Scale.LINEAR, "precision", Scale.LINEAR,
                640, 480), traces.toArray(new Trace[0]));
    }

    private static void requireThreshold(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("A threshold to mark must be a number, e.g. 0.5. Received: threshold=NaN");
        }
    }

    /** The last point whose threshold is still ≥ t (the classifier "s ≥ t"). */
    static int thresholdIndex(double[] thresholds, double t) {
        int at = 0;
        for (int i = 0; i < thresholds.length; i++) {
            if (thresholds[i] >= t) {
                at = i;
            }
        }
        return at;
    }

    static Figure confusionMatrix(Net net, Dataset data) {
        Require.netAndData(net, data);
        DMatrixRMaj p = net.predict(data.xView());
        int k = Math.max(2, p.numCols);
        String[] names = new String[k];
        for (int c = 0; c < k; c++) {
            names[c] = className(data, c);
        }
        return confusionMatrix(Curves.confusionMatrix(data.labels(), MatrixOps.classes(p), k), names);
    }

    static Figure confusionMatrix(int[][] counts) {
        requireCounts(counts);
        String[] names = new String[counts.length];
        for (int c = 0; c < names.length; c++) {
            names[c] = "class " + c;
        }
        return confusionMatrix(counts, names);
    }

    /** Throws unless {@code counts} is a non-empty square table of counts ≥ 0, naming the first bad row or entry. */
    private static void requireCounts(int[][] counts) {
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("Give a k x k table of counts, e.g. Curves.confusionMatrix(actual,"
                    + " predicted, k). Received: counts=" + (counts == null ? "null" : "an empty table"));
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == null || counts[i].length != counts.length) {
                throw new IllegalArgumentException("A confusion matrix is square, one row and one column per class."
                        + " Received: " + counts.length + " rows, row " + i + " has "
                        + (counts[i] == null ? "null" : counts[i].length + " entries"));
            }
            for (int j = 0; j < counts.length; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("Counts cannot be negative. Received: row " + i + ", column " + j
                            + " = " + counts[i][j]);
                }
            }
        }
    }

    /** Rows and columns labelled with {@code names}, class 0 first. */
    static Figure confusionMatrix(int[][] counts, String[] names) {
        int k = counts.length;
        double[][] z = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                z[i][j] = counts[i][j];
            }
        }
        JsonTrace heat = JsonTrace.of("heatmap", "count").strings("x", names).strings("y", names).matrix("z", z)
                .put("texttemplate", "%{z}").put("hovertemplate", "true %{y}, predicted %{x}: %{z}<extra></extra>")
                .colorscale(0.0, "#f7fbff", 1.0, "#2171b5");
        heat.object("textfont").put("size", 16);
        heat.object("colorbar").put("title", "count");
        return new Figure(Layouts.matrix("Confusion matrix", "predicted class", "true class", 560, 480), heat);
    }
}
