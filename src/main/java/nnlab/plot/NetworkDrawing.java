package nnlab.plot;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Dense;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/** The drawing of a small net behind {@link Plot#network}. */
final class NetworkDrawing {

    /** Largest number of weights drawn one line each. */
    static final int MAX_WEIGHTS = 600;

    /** Pixels of a drawing's height taken by its title and margins (see {@link Layouts}). */
    static final int MARGIN = 105;

    private NetworkDrawing() {}

    static Figure network(Net net) {
        Require.given("net", net, "Net.input(2).dense(3, Activation.tanh()).dense(1).build()");
        List<Dense> dense = net.denseLayers();
        int weights = dense.stream().mapToInt(d -> d.weights().size()).sum();
        if (dense.isEmpty() || weights > MAX_WEIGHTS) {
            throw new IllegalArgumentException("Plot.network draws nets with 1 to " + MAX_WEIGHTS
                    + " weights; this one has " + weights + ". Print net.summary() instead.");
        }
        int[] widths = new int[dense.size() + 1];
        widths[0] = dense.get(0).inputSize();
        for (int l = 0; l < dense.size(); l++) {
            widths[l + 1] = dense.get(l).outputSize();
        }
        double max = 1e-12;
        for (Dense d : dense) {
            for (double w : d.weights().value().data) {
                max = Math.max(max, Math.abs(w));
            }
        }
        int tallest = Arrays.stream(widths).max().orElse(1);
        int height = height(tallest);
        double unitPixels = (height - MARGIN) / (double) tallest;
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
                            edgeColor(w))
                            .put("showlegend", !legend[sign]).put("legendgroup", sign == 0 ? "pos" : "neg")
                            .put("hoverinfo", "text").put("text", edgeText(dense.get(l).name(), w));
                    edge.object("line").put("width", lineWidth(w, max));
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
        String shape = Arrays.toString(widths).replace(", ", "-").replaceAll("[\\[\\]]", "");
        return new Figure(Layouts.drawing("The network: " + shape + " units, line width = |w|", "layer (0 = inputs)",
                720, height), traces.toArray(new Trace[0]));
    }

    /** The drawing's height in pixels for a tallest layer of {@code tallest} units. */
    static int height(int tallest) {
        return Math.min(760, Math.max(360, MARGIN + 28 * tallest));
    }

    /** Blue for a positive weight, orange for a negative one. */
    static String edgeColor(double w) {
        return Colors.withAlpha(Colors.of(w >= 0 ? 0 : 1), 0.75);
    }

    /** A weight's line width in pixels, from 0.5 (w = 0) to 5.5 (|w| = max). */
    static double lineWidth(double w, double max) {
        return 0.5 + 5 * Math.abs(w) / max;
    }

    /** The hover text of a weight's line. */
    static String edgeText(String layer, double w) {
        return String.format("%s: w = %.3f", layer, w);
    }

    /** Units of a layer centred on 0, one apart. */
    private static double unitY(int u, int width) {
        return (width - 1) / 2.0 - u;
    }
}
