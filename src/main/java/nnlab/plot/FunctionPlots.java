package nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import nnlab.data.Dataset;
import nnlab.nn.Activation;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Curves over x: the recipes behind {@link Plot#lines}, {@link Plot#functions},
 * {@link Plot#activation} and {@link Plot#fit}.
 */
final class FunctionPlots {

    /** Points at which a function or a net's prediction is drawn, evenly spaced, ends included. */
    static final int CURVE_POINTS = 201;

    private FunctionPlots() {}

    static Figure lines(String title, String xTitle, String yTitle, double[] x, Series<double[]> series, Scale yScale) {
        return new Figure(Layouts.of(title, xTitle, yTitle, yScale), lineTraces(x, series));
    }

    static Trace[] lineTraces(double[] x, Series<double[]> series) {
        Series.requireNonEmpty(series, "Series.of(\"loss\", values)");
        if (x == null) {
            throw new IllegalArgumentException("Give the x values the series are drawn against, e.g. history.epochNumbers()."
                    + " Received: x=null");
        }
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            String name = series.names().get(i);
            double[] y = series.values().get(i);
            if (y.length != x.length) {
                throw new IllegalArgumentException("Give one value per x. Received: series '" + name + "' with "
                        + y.length + " values, x with " + x.length);
            }
            traces.add(JsonTrace.line(name, x, y, Colors.of(i)));
        }
        return traces.toArray(new Trace[0]);
    }

    static Figure functions(String title, String xTitle, String yTitle, double from, double to,
                            Series<DoubleUnaryOperator> functions, Scale yScale) {
        double[] x = grid(from, to);
        return lines(title, xTitle, yTitle, x, functions.map(f -> Arrays.stream(x).map(f).toArray()), yScale);
    }

    static Figure activation(Activation a, double from, double to) {
        Require.given("activation", a, "Activation.tanh()");
        String f = a.name();
        return functions(f + " and its derivative", "z", "value", from, to,
                Series.of(f + "(z)", a::apply, f + "′(z)", a::derivative), Scale.LINEAR);
    }

    /**
     * @param truth null for none
     */
    static Figure fit(String title, Dataset data, Series<Net> fits, String truthName, DoubleUnaryOperator truth) {
        Require.given("data", data, "a data set of one feature and one target");
        Series.requireNonEmpty(fits, "Series.of(\"MSE fit\", net)");
        if (data.features() != 1 || data.yView().numCols != 1) {
            throw new IllegalArgumentException("A fit plot draws y against one x; the data has " + data.features()
                    + " features and " + data.yView().numCols + " targets.");
        }
        fits.forEach((name, net) -> {
            if (net.inputSize() != 1 || net.outputSize() != 1) {
                throw new IllegalArgumentException("A fit plot needs nets with one input and one output; '" + name
                        + "' maps " + net.inputSize() + " → " + net.outputSize() + ".");
            }
        });
        double[] x = Arrays.copyOf(data.xView().data, data.size());
        double[] y = Arrays.copyOf(data.yView().data, data.size());
        double[] gx = grid(Arrays.stream(x).min().orElse(0), Arrays.stream(x).max().orElse(1));
        List<Trace> traces = new ArrayList<>();
        traces.add(JsonTrace.points("data", x, y, Colors.of(0), 6));
        if (truth != null) {
            JsonTrace t = JsonTrace.line(truthName, gx, Arrays.stream(gx).map(truth).toArray(), "#555555");
            t.object("line").put("dash", "dash");
            traces.add(t);
        }
        DMatrixRMaj grid = new DMatrixRMaj(gx.length, 1, true, gx);
        for (int i = 0; i < fits.size(); i++) {
            DMatrixRMaj p = fits.values().get(i).predict(grid);
            traces.add(JsonTrace.line(fits.names().get(i), gx, Arrays.copyOf(p.data, gx.length), Colors.of(i + 1)));
        }
        return new Figure(Layouts.of(title, "x", "y", Scale.LINEAR), traces.toArray(new Trace[0]));
    }

    /** {@value #CURVE_POINTS} points over [from, to]; a single point when from = to (a one-valued x). */
    private static double[] grid(double from, double to) {
        if (!(from <= to) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("The x range must be finite with from < to, e.g. -6, 6. Received: from="
                    + from + ", to=" + to);
        }
        return Layouts.linspace(from, to, from == to ? 1 : CURVE_POINTS);
    }
}
