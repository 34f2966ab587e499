package nnlab.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nnlab.train.Snapshots;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A figure that plays: a still (the first frame), then plotly {@code frames}, each replacing the
 * data of the moving traces and the title, with a ▶ Play / ❚❚ Pause button and a slider under
 * the plot. plotly.js plays it in the page, with no kernel round trip, so it plays in JupyterLab,
 * Notebook 7 and the exported site, offline. The recipes are in {@link Animate}.
 *
 * <p>It is a Tablesaw {@link Figure} whose traces are the first frame's, so everything that shows
 * a figure shows it; {@code nnlab.notebook.PlotlyJson} adds {@link #frames()} and merges
 * {@link #layoutPatch()} (the controls and the room they take) into the figure's JSON.
 *
 * <p>A frame names only the traces that move and carries only what changes in them (a heatmap's
 * {@code z}, a path's {@code x} and {@code y}, a line's width), with numbers rounded to what a
 * screen shows: that keeps every recipe's figure under {@link #MAX_BYTES} of JSON at course
 * sizes, so a saved notebook stays light.
 */
public final class Animation extends Figure {

    /** The size budget of one animated figure's JSON in a saved notebook, in bytes (1.5 MB). */
    public static final int MAX_BYTES = 1_500_000;

    /** Pixels added under the plot for the button and the slider. */
    static final int CONTROLS_HEIGHT = 140;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * One step of the animation.
     *
     * @param name   the slider's label ("40" for epoch 40); unique within an animation
     * @param title  the figure's title while this frame shows
     * @param traces indices of the traces this frame changes
     * @param data   for each of {@code traces}, the attributes that change
     */
    record Frame(String name, String title, int[] traces, List<ObjectNode> data) {}

    private final ArrayNode frames;
    private final ObjectNode layoutPatch;
    private final List<String> names = new ArrayList<>();

    /**
     * @param height      the plot's height without the controls (the layout's own height)
     * @param sliderLabel what the slider counts, e.g. "epoch"
     * @param frameMillis how long each frame shows while playing
     */
    Animation(Layout layout, Trace[] first, List<Frame> frames, int height, String sliderLabel, int frameMillis) {
        this(layout, first, frames, height, sliderLabel, frameMillis, F.objectNode());
    }

    /** As above, with more layout attributes to merge (fixed axis ranges, so the axes hold still while it plays). */
    Animation(Layout layout, Trace[] first, List<Frame> frames, int height, String sliderLabel, int frameMillis,
              ObjectNode moreLayout) {
        super(layout, first);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("An animation needs at least one frame. Received: 0 frames");
        }
        this.frames = F.arrayNode();
        for (Frame f : frames) {
            ObjectNode n = this.frames.addObject();
            n.put("name", f.name());
            ArrayNode data = n.putArray("data");
            f.data().forEach(data::add);
            ArrayNode traces = n.putArray("traces");
            for (int t : f.traces()) {
                traces.add(t);
            }
            n.putObject("layout").putObject("title").put("text", f.title());
            names.add(f.name());
        }
        layoutPatch = controls(names, height, sliderLabel, frameMillis);
        // the title as plotly text (Tablesaw's layout escapes it, which would show a line break as "<br>")
        layoutPatch.putObject("title").put("text", frames.get(0).title());
        moreLayout.fields().forEachRemaining(e -> {
            if (layoutPatch.get(e.getKey()) instanceof ObjectNode mine && e.getValue() instanceof ObjectNode more) {
                mine.setAll(more.deepCopy());    // e.g. the margin's top only
            } else {
                layoutPatch.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    /** Number of frames. */
    public int frameCount() {
        return names.size();
    }

    /** The frames' names, as the slider labels them, in play order. */
    public List<String> frameNames() {
        return List.copyOf(names);
    }

    /** plotly's {@code frames}: {@code [{name, data, traces, layout: {title}}, ...]} (a copy). */
    public ArrayNode frames() {
        return frames.deepCopy();
    }

    /**
     * What to merge into the figure's layout (a copy): the play/pause buttons
     * ({@code updatemenus}), the slider ({@code sliders}), and the height and bottom margin that
     * make room for them.
     */
    public ObjectNode layoutPatch() {
        return layoutPatch.deepCopy();
    }

    private static ObjectNode controls(List<String> names, int height, String label, int millis) {
        ObjectNode patch = F.objectNode();
        patch.put("height", height + CONTROLS_HEIGHT);
        patch.putObject("margin").put("t", 80).put("b", 55 + CONTROLS_HEIGHT).put("l", 70).put("r", 20);
        ObjectNode menu = patch.putArray("updatemenus").addObject();
        menu.put("type", "buttons").put("direction", "left").put("showactive", false)
                .put("x", 0).put("xanchor", "left").put("y", 0).put("yanchor", "top");
        menu.putObject("pad").put("t", 60).put("r", 10);
        ArrayNode buttons = menu.putArray("buttons");
        ObjectNode play = buttons.addObject().put("label", "▶ Play").put("method", "animate");
        ArrayNode playArgs = play.putArray("args");
        playArgs.addNull();    // null: every frame, in order
        playArgs.add(options(millis, true).put("fromcurrent", true));
        ObjectNode pause = buttons.addObject().put("label", "❚❚ Pause").put("method", "animate");
        ArrayNode pauseArgs = pause.putArray("args");
        pauseArgs.addArray().addNull();    // [null]: stop where it is
        pauseArgs.add(options(0, false));
        ObjectNode slider = patch.putArray("sliders").addObject();
        // the buttons under the x axis title, the slider under the buttons, both from the plot's left edge
        slider.put("active", 0).put("x", 0).put("len", 1).put("y", 0).put("yanchor", "top");
        slider.putObject("pad").put("t", 110);
        slider.putObject("currentvalue").put("prefix", label + " ").put("visible", true).put("xanchor", "left");
        slider.putObject("transition").put("duration", 0);
        ArrayNode steps = slider.putArray("steps");
        for (String n : names) {
            ObjectNode step = steps.addObject().put("label", n).put("method", "animate");
            ArrayNode args = step.putArray("args");
            args.addArray().add(n);
            args.add(options(0, true));
        }
        return patch;
    }

    /** plotly.animate's options: show each frame {@code millis} ms, redraw (heatmaps need it), no tweening. */
    private static ObjectNode options(int millis, boolean redraw) {
        ObjectNode o = F.objectNode().put("mode", "immediate");
        o.putObject("frame").put("duration", millis).put("redraw", redraw);
        o.putObject("transition").put("duration", 0);
        return o;
    }

    // ---------------------------------------------------------------- for the recipes

    /** An empty trace update. */
    static ObjectNode update() {
        return F.objectNode();
    }

    /** {@code values} rounded to {@code digits} significant digits; non-finite ones as null (a gap). */
    static ArrayNode numbers(double[] values, int digits) {
        ArrayNode a = F.arrayNode(values.length);
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(round(v, digits));
            } else {
                a.addNull();
            }
        }
        return a;
    }

    /** Rows of {@link #numbers}. */
    static ArrayNode matrix(double[][] rows, int digits) {
        ArrayNode a = F.arrayNode(rows.length);
        for (double[] r : rows) {
            a.add(numbers(r, digits));
        }
        return a;
    }

    /** Each entry rounded to 2 decimals (a probability: 0.37, 1.0), in place; returns {@code rows}. */
    static double[][] hundredths(double[][] rows) {
        for (double[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                r[i] = Math.round(r[i] * 100) / 100.0;
            }
        }
        return rows;
    }

    /** v to {@code digits} significant digits: 0.123456 → 0.123 for 3, so its JSON is 5 characters, not 8 to 20. */
    static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        int exponent = digits - 1 - (int) Math.floor(Math.log10(Math.abs(v)));
        // dividing the rounded integer by an exact power of ten gives the double nearest the decimal
        return exponent >= 0 ? Math.round(v * Math.pow(10, exponent)) / Math.pow(10, exponent)
                : Math.round(v / Math.pow(10, -exponent)) * Math.pow(10, -exponent);
    }

    /** At most {@code max} of indices 0..n−1, evenly spread, always the first and the last. */
    static int[] spread(int n, int max) {
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] pick = new int[max];
        for (int i = 0; i < max; i++) {
            pick[i] = (int) Math.round((double) i * (n - 1) / (max - 1));
        }
        return pick;
    }

    /** Throws unless {@code snapshots} are given and recorded a run; returns them. */
    static Snapshots recorded(Snapshots snapshots) {
        Require.given("snapshots", snapshots, "Callback.snapshots(5), passed to net.train(data).callbacks(...) and run");
        if (snapshots.size() == 0) {
            throw new IllegalArgumentException("Nothing recorded yet: pass the snapshots to"
                    + " net.train(data).callbacks(snapshots) and run the training first. Received: 0 snapshots");
        }
        return snapshots;
    }

    /** "epoch 40: loss 0.312, validation loss 0.335", or "epoch 0 (before training)". */
    static String epochText(Snapshots.Entry e) {
        if (e.epoch() == 0) {
            return "epoch 0 (before training)";
        }
        String s = String.format("epoch %d: loss %.3f", e.epoch(), e.loss());
        return Double.isNaN(e.validationLoss()) ? s : s + String.format(", validation loss %.3f", e.validationLoss());
    }
}
