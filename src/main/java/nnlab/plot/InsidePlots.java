package nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.diagnose.LayerStatistics;
import nnlab.diagnose.LayerValues;
import nnlab.train.Net;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Inside the net during training: the recipes behind {@link Plot#layerStatistics},
 * {@link Plot#gradientNorms} and {@link Plot#histograms}.
 */
final class InsidePlots {

    /** Most bins of a histogram; fewer values get √n bins (at least 10). */
    static final int HISTOGRAM_BINS = 40;

    private InsidePlots() {}

    static Figure layerStatistics(LayerStatistics stats, LayerStatistics.Quantity quantity) {
        requireRecorded("the statistics", stats);
        Require.given("quantity", quantity, "LayerStatistics.Quantity.GRADIENT_NORM");
        List<String> layers = stats.layers();
        double[] steps = stats.steps();
        List<Trace> traces = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            traces.add(JsonTrace.line("layer " + (l + 1) + " (" + layers.get(l) + ")", steps,
                    stats.series(layers.get(l), quantity), Colors.of(l)).put("mode", Layouts.mode(steps.length)));
        }
        return new Figure(Layouts.counted(Layouts.pretty(quantity.label()) + " per layer during training",
                "batch step", steps[steps.length - 1], quantity.label(), quantity.logScale() ? Scale.LOG : Scale.LINEAR),
                traces.toArray(new Trace[0]));
    }

    static Figure gradientNorms(Series<LayerStatistics> runs) {
        Series.requireNonEmpty(runs, "Series.of(\"sigmoid\", stats)");
        List<Trace> traces = new ArrayList<>();
        int deepest = 1;
        for (int i = 0; i < runs.size(); i++) {
            double[] g = requireRecorded("'" + runs.names().get(i) + "'", runs.values().get(i))
                    .perLayer(LayerStatistics.Quantity.GRADIENT_NORM);
            double[] depth = Layouts.linspace(1, g.length, g.length);
            deepest = Math.max(deepest, g.length);
            traces.add(JsonTrace.line(runs.names().get(i), depth, g, Colors.of(i)).put("mode", "lines+markers"));
        }
        return new Figure(Layouts.counted("Gradient norm per layer", "layer (1 = next to the input)", deepest,
                LayerStatistics.Quantity.GRADIENT_NORM.label(), Scale.LOG), traces.toArray(new Trace[0]));
    }

    /** Throws unless {@code stats} has recorded at least one batch. */
    private static LayerStatistics requireRecorded(String which, LayerStatistics stats) {
        Require.given("stats", stats, "LayerStatistics.every(10)");
        if (stats.samples().isEmpty()) {
            throw new IllegalArgumentException("Nothing recorded yet in " + which + ": pass the LayerStatistics to"
                    + " net.train(data).callbacks(stats) and run the training first. Received: 0 samples");
        }
        return stats;
    }

    static Figure histograms(Net net, Dataset data, LayerValues what) {
        Require.given("what", what, "LayerValues.WEIGHTS");
        return histograms(Series.copyOf(what.of(net, data)), what.label());
    }

    static Figure histograms(Series<double[]> values, String valueTitle) {
        Series.requireNonEmpty(values, "Series.of(\"dense1\", w)");
        int rows = values.size();
        List<Trace> traces = new ArrayList<>();
        for (int l = 0; l < rows; l++) {
            String key = values.names().get(l);
            double[] v = values.values().get(l);
            if (v.length == 0) {
                throw new IllegalArgumentException("'" + key + "' has no values to draw.");
            }
            Histogram h = Histogram.of(v, Math.max(10, Math.min(HISTOGRAM_BINS, (int) Math.ceil(Math.sqrt(v.length)))));
            String axis = l == 0 ? "" : String.valueOf(l + 1);
            String label = String.format("layer %d (%s): %,d values, mean %.3g, std %.3g", l + 1, key, v.length,
                    h.mean(), h.std());
            JsonTrace bars = JsonTrace.of("bar", label).array("x", h.centres()).array("y", h.fractions())
                    .put("width", h.width()).put("xaxis", "x" + axis).put("yaxis", "y" + axis).put("showlegend", false)
                    .put("hovertemplate", valueTitle + " ≈ %{x:.3g}: %{y:.1%}<extra></extra>");
            bars.object("marker").put("color", Colors.of(l)).put("opacity", 0.85);
            traces.add(bars);
            // the label sits inside the plot's top-left corner: a text "point" at the first bin, top
            double top = Arrays.stream(h.fractions()).max().orElse(1);
            traces.add(JsonTrace.of("scatter", label).put("mode", "text").array("x", new double[] {h.centres()[0]})
                    .array("y", new double[] {1.15 * top}).strings("text", new String[] {label})
                    .put("textposition", "middle right").put("xaxis", "x" + axis).put("yaxis", "y" + axis)
                    .put("showlegend", false).put("hoverinfo", "skip"));
        }
        return new Figure(Layouts.stacked(Layouts.pretty(valueTitle) + " per layer: fraction of values per bin", rows,
                Math.min(1000, 90 + 150 * rows)), traces.toArray(new Trace[0]));
    }
}
