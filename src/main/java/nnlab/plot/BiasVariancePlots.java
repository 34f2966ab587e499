package nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nnlab.diagnose.BiasVariance.Estimate;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Recipes for {@link nnlab.diagnose.BiasVariance} estimates: bias², variance and their sum
 * against a setting (capacity, λ), the K fitted curves around their mean, and a table.
 *
 * <pre>{@code
 * BiasVariancePlots.curves("Capacity", "hidden units", new double[] {0, 2, 8}, List.of(linear, two, eight))
 * }</pre>
 */
public final class BiasVariancePlots {

    private BiasVariancePlots() {}

    /**
     * Three lines over the settings x: bias², variance, and the expected error
     * bias² + variance + σ² of each estimate.
     *
     * @throws IllegalArgumentException unless there is one estimate per x
     */
    public static Figure curves(String title, String xTitle, double[] x, List<Estimate> estimates) {
        Require.given("estimates", estimates, "List.of(small, large)");
        if (x == null || x.length != estimates.size()) {
            throw new IllegalArgumentException("Give one x value per estimate. Received: " + estimates.size()
                    + " estimates, x=" + (x == null ? "null" : x.length + " values"));
        }
        double[] b = estimates.stream().mapToDouble(Estimate::bias2).toArray();
        double[] v = estimates.stream().mapToDouble(Estimate::variance).toArray();
        double[] e = estimates.stream().mapToDouble(Estimate::expectedError).toArray();
        return FunctionPlots.lines(title, xTitle, "squared error", x,
                Series.of("bias²", b, "variance", v, "bias² + variance + σ²", e), Scale.LINEAR);
    }

    /**
     * For one-input models: each training set's fitted curve (thin), their mean E_S[h_S(x)]
     * (thick) and the truth f(x) (dashed), at the test points in increasing x. The distance of
     * the mean from the truth is the bias; the width of the thin bundle is the variance.
     *
     * @throws IllegalArgumentException if the test points have more than one feature
     */
    public static Figure fits(String title, Estimate estimate) {
        Require.given("estimate", estimate, "bv.estimate(arch, setup)");
        if (estimate.points().numCols != 1) {
            throw new IllegalArgumentException("A fits plot draws predictions against one x; the test points have "
                    + estimate.points().numCols + " features. Use curves(...) or table(...) instead.");
        }
        double[] x = estimate.points().data;
        int[] order = IntStream.range(0, x.length).boxed().sorted(Comparator.comparingDouble(i -> x[i]))
                .mapToInt(Integer::intValue).toArray();
        double[] sx = pick(x, order);
        List<Trace> traces = new ArrayList<>();
        double[][] p = estimate.predictions();
        for (int r = 0; r < p.length; r++) {
            JsonTrace t = JsonTrace.line("one training set's fit", sx, pick(p[r], order), "rgba(31, 119, 180, 0.25)");
            t.object("line").put("width", 1);
            t.put("legendgroup", "sets").put("showlegend", r == 0).put("hoverinfo", "skip");
            traces.add(t);
        }
        traces.add(JsonTrace.line("mean prediction E_S[h_S(x)]", sx, pick(estimate.meanPrediction(), order), Colors.of(1)));
        JsonTrace truth = JsonTrace.line("truth f(x)", sx, pick(estimate.truth(), order), "#555555");
        truth.object("line").put("dash", "dash");
        traces.add(truth);
        return new Figure(Layouts.of(title, "x", "y", Scale.LINEAR), traces.toArray(new Trace[0]));
    }

    /** One row per estimate: {@code model}, {@code bias²}, {@code variance}, {@code noise σ²}, {@code expected error}. */
    public static Table table(Series<Estimate> estimates) {
        Series.requireNonEmpty(estimates, "Series.of(\"small\", small, \"large\", large)");
        List<Estimate> e = estimates.values();
        Table t = Table.create("Bias and variance");
        t.addColumns(StringColumn.create("model", estimates.names()));
        t.addColumns(Tables.readable("bias²", e.stream().mapToDouble(Estimate::bias2).toArray()),
                Tables.readable("variance", e.stream().mapToDouble(Estimate::variance).toArray()),
                Tables.readable("noise σ²", e.stream().mapToDouble(Estimate::noiseVariance).toArray()),
                Tables.readable("expected error", e.stream().mapToDouble(Estimate::expectedError).toArray()));
        return t;
    }

    private static double[] pick(double[] v, int[] order) {
        return Arrays.stream(order).mapToDouble(i -> v[i]).toArray();
    }

}
