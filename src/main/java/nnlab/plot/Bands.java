package nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.train.History;
import nnlab.train.LearningCurve;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Spread over runs: the mean ± one standard deviation bands behind {@link Plot#band},
 * {@link Plot#learningCurve} and {@link Plot#learningCurves} (see {@link Spread} for the formulas).
 */
final class Bands {

    private Bands() {}

    static Figure band(String title, String xTitle, String yTitle, double[] x, Series<double[][]> runs, Scale xScale) {
        return new Figure(Layouts.sized(title, xTitle, xScale, yTitle, Scale.LINEAR, Layouts.WIDTH, Layouts.HEIGHT),
                traces(x, runs));
    }

    static Figure histories(Series<List<History>> runs, String column) {
        Series.requireNonEmpty(runs, "Series.of(\"Adam\", List.of(h1, h2, h3))");
        int epochs = 0;
        for (List<History> hs : runs.values()) {
            for (History h : hs) {
                HistoryPlots.requireEpochs(h);
                epochs = Math.max(epochs, h.size());
            }
        }
        int n = epochs;
        Series<double[][]> series = runs.map(hs -> {
            double[][] v = new double[hs.size()][n];
            for (int r = 0; r < v.length; r++) {
                Arrays.fill(v[r], Double.NaN);
                double[] h = hs.get(r).column(column);
                System.arraycopy(h, 0, v[r], 0, h.length);
            }
            return v;
        });
        Layout layout = Layouts.counted(Layouts.pretty(column) + " per epoch, mean ± std over runs", "epoch", epochs,
                column, Scale.LINEAR);
        return new Figure(layout, traces(Layouts.linspace(1, epochs, epochs), series));
    }

    static Figure learningCurve(LearningCurve curve, String title) {
        Require.given("curve", curve, "LearningCurve.of(pool, validation, sizes, 3, \"accuracy\", ...)");
        return band(title, "training examples", curve.score(), curve.sizes(),
                Series.of("training", curve.training(), "validation", curve.validation()), Scale.LINEAR);
    }

    /**
     * @throws IllegalArgumentException if the curves were measured at different sizes or with
     *                                  different scores (they would not share the axes)
     */
    static Figure learningCurves(String title, Series<LearningCurve> curves, Scale xScale) {
        Series.requireNonEmpty(curves, "Series.of(\"fine-tuned\", curve1, \"from scratch\", curve2)");
        LearningCurve first = curves.values().get(0);
        curves.forEach((name, c) -> {
            if (!Arrays.equals(c.sizes(), first.sizes()) || !c.score().equals(first.score())) {
                throw new IllegalArgumentException("Curves in one plot share the sizes and the score; '" + name
                        + "' has sizes " + Arrays.toString(c.sizes()) + " and score " + c.score() + ", '"
                        + curves.names().get(0) + "' has " + Arrays.toString(first.sizes()) + " and " + first.score()
                        + ". Measure them with the same sizes and score.");
            }
        });
        return band(title, "training examples", "validation " + first.score(), first.sizes(),
                curves.map(LearningCurve::validation), xScale);
    }

    private static Trace[] traces(double[] x, Series<double[][]> runs) {
        Series.requireNonEmpty(runs, "Series.of(\"validation\", scores)");
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String name = runs.names().get(i);
            Spread s = Spread.of(name, x.length, runs.values().get(i));
            String color = Colors.of(i);
            traces.add(bandTrace(name, x, s, color));
            traces.add(JsonTrace.line(name + " (mean of " + s.runs() + ")", x, s.mean(), color)
                    .put("legendgroup", name).put("mode", Layouts.mode(x.length)));
        }
        return traces.toArray(new Trace[0]);
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
}
