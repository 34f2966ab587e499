package nnlab.plot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.diagnose.LayerValues;
import nnlab.train.Snapshots;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Per-layer histograms replayed over a run, behind {@link Animate#histograms}: for each snapshot,
 * the values {@link LayerValues#of} gives for its copy of the net (weights, activations on the
 * data, or the gradients ∂L/∂W of one batch of the data), one small plot per dense layer, input
 * side on top.
 *
 * <p>Every layer and every frame share one x axis and each layer keeps one y range, so a
 * distribution that narrows or moves is seen doing so. Gradients are drawn as log₁₀ |∂L/∂w|:
 * in a deep sigmoid net the layers near the input sit decades to the left of the output layer's,
 * which is what "vanishing gradients" means (a gradient of exactly 0, as a dead ReLU gives, has
 * no logarithm: the label counts those).
 */
final class HistogramAnimation {

    /** Bins per histogram, over the shared range. */
    static final int BINS = 30;

    /** Most frames; more snapshots are thinned evenly (first and last kept). */
    static final int MAX_FRAMES = 30;

    private HistogramAnimation() {}

    static Animation histograms(Snapshots snapshots, Dataset data, LayerValues what) {
        Animation.recorded(snapshots);
        Require.given("what", what, "LayerValues.GRADIENTS");
        boolean log = what == LayerValues.GRADIENTS;
        int[] picked = Animation.spread(snapshots.size(), MAX_FRAMES);
        List<Map<String, double[]>> values = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s : picked) {
            Map<String, double[]> v = what.of(snapshots.get(s).net(), data);
            for (double[] layer : v.values()) {
                for (double x : layer) {
                    double t = log ? Math.log10(Math.abs(x)) : x;
                    if (Double.isFinite(t)) {
                        lo = Math.min(lo, t);
                        hi = Math.max(hi, t);
                    }
                }
            }
            values.add(v);
        }
        if (!(hi >= lo)) {
            throw new IllegalArgumentException("No finite value to draw (" + (log ? "every gradient is 0 or not finite"
                    : "every value is NaN or infinite") + ": has training diverged?). Received: what=" + what);
        }
        if (hi == lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        double width = (hi - lo) / BINS;
        double[] centres = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            centres[b] = lo + (b + 0.5) * width;
        }
        List<String> layers = new ArrayList<>(values.get(0).keySet());
        int rows = layers.size();
        // fractions[frame][layer][bin]
        double[][][] fractions = new double[picked.length][rows][];
        String[][] labels = new String[picked.length][rows];
        double[] top = new double[rows];
        for (int f = 0; f < picked.length; f++) {
            for (int l = 0; l < rows; l++) {
                double[] v = values.get(f).get(layers.get(l));
                fractions[f][l] = bin(v, log, lo, width);
                for (double q : fractions[f][l]) {
                    top[l] = Math.max(top[l], q);
                }
                labels[f][l] = label(l, layers.get(l), v, log);
            }
        }
        String valueTitle = log ? "log₁₀ |∂L/∂w|" : what.label();
        String title = Layouts.pretty(what.name().toLowerCase()) + " per layer (" + valueTitle + ")";
        List<Trace> traces = new ArrayList<>();
        ObjectNode axes = Animation.update();
        int[] moving = new int[2 * rows];
        for (int l = 0; l < rows; l++) {
            String axis = l == 0 ? "" : String.valueOf(l + 1);
            double yMax = 1.25 * Math.max(top[l], 1e-9);
            JsonTrace bars = JsonTrace.of("bar", "layer " + (l + 1)).array("x", centres).array("y", fractions[0][l])
                    .put("width", width).put("xaxis", "x" + axis).put("yaxis", "y" + axis).put("showlegend", false)
                    .put("hovertemplate", valueTitle + " ≈ %{x:.3g}: %{y:.1%}<extra></extra>");
            bars.object("marker").put("color", Colors.of(l)).put("opacity", 0.85);
            traces.add(bars);
            traces.add(JsonTrace.of("scatter", "label " + (l + 1)).put("mode", "text").array("x", new double[] {lo})
                    .array("y", new double[] {0.85 * yMax}).strings("text", new String[] {labels[0][l]})
                    .put("textposition", "middle right").put("xaxis", "x" + axis).put("yaxis", "y" + axis)
                    .put("showlegend", false).put("hoverinfo", "skip"));
            moving[2 * l] = 2 * l;
            moving[2 * l + 1] = 2 * l + 1;
            axes.putObject("xaxis" + axis).set("range", Animation.numbers(new double[] {lo - width / 2, hi + width / 2}, 4));
            axes.putObject("yaxis" + axis).set("range", Animation.numbers(new double[] {0, yMax}, 3));
            if (l == rows - 1) {
                axes.with("xaxis" + axis).put("title", valueTitle);
            }
        }
        List<Animation.Frame> frames = new ArrayList<>();
        for (int f = 0; f < picked.length; f++) {
            List<ObjectNode> changes = new ArrayList<>();
            for (int l = 0; l < rows; l++) {
                changes.add(Animation.update().set("y", Animation.numbers(fractions[f][l], 3)));
                ObjectNode text = Animation.update();
                text.putArray("text").add(labels[f][l]);
                changes.add(text);
            }
            Snapshots.Entry e = snapshots.get(picked[f]);
            frames.add(new Animation.Frame(String.valueOf(e.epoch()), title + ", " + Animation.epochText(e), moving,
                    changes));
        }
        int height = Math.min(1000, 90 + 150 * rows);
        return new Animation(Layouts.stacked(frames.get(0).title(), rows, height), traces.toArray(new Trace[0]),
                frames, height, "epoch", 300, axes);
    }

    /** Fraction of the values (of log₁₀ |v| when {@code log}) in each of {@link #BINS} bins from {@code lo}. */
    private static double[] bin(double[] values, boolean log, double lo, double width) {
        double[] fractions = new double[BINS];
        for (double x : values) {
            double t = log ? Math.log10(Math.abs(x)) : x;
            if (Double.isFinite(t)) {
                // the top edge belongs to the last bin
                fractions[Math.max(0, Math.min(BINS - 1, (int) ((t - lo) / width)))] += 1.0 / values.length;
            }
        }
        return fractions;
    }

    /** "layer 2 (dense2): median |∂L/∂w| 3.1e-05, 4% exactly 0" or "layer 2 (dense2): mean 0.412, std 0.118". */
    private static String label(int l, String name, double[] v, boolean log) {
        String head = String.format("layer %d (%s): ", l + 1, name);
        if (log) {
            double[] abs = new double[v.length];
            int zeros = 0;
            for (int i = 0; i < v.length; i++) {
                abs[i] = Math.abs(v[i]);
                zeros += v[i] == 0 ? 1 : 0;
            }
            Arrays.sort(abs);
            String s = head + String.format("median |∂L/∂w| %.2g", abs[abs.length / 2]);
            return zeros == 0 ? s : s + String.format(", %.0f%% exactly 0", 100.0 * zeros / v.length);
        }
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double sq = 0;
        for (double x : v) {
            sq += (x - mean) * (x - mean) / v.length;
        }
        return head + String.format("mean %.3g, std %.3g", mean, Math.sqrt(sq));
    }
}
