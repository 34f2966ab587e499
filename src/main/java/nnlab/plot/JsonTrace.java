package nnlab.plot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A plotly trace written as JSON, for the attributes Tablesaw's trace builders lack (a heatmap's
 * colour scale and range, fills between lines, per-trace text, legend groups). It plugs into a
 * Tablesaw {@link tech.tablesaw.plotly.components.Figure} like any Tablesaw trace: the figure
 * asks each trace for {@code var traceN = {...};} and lists them in {@code var data}.
 *
 * <p>Non-finite numbers become {@code null}, which plotly draws as a gap.
 */
final class JsonTrace implements Trace {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ObjectNode node;

    private JsonTrace(String type, String name) {
        node = F.objectNode();
        node.put("type", type);
        if (name != null) {
            node.put("name", name);
        }
    }

    static JsonTrace of(String type, String name) {
        return new JsonTrace(type, name);
    }

    /** A line through (x, y). */
    static JsonTrace line(String name, double[] x, double[] y, String color) {
        JsonTrace t = of("scatter", name).put("mode", "lines").array("x", x).array("y", y);
        t.object("line").put("color", color).put("width", 2);
        return t;
    }

    /** Markers at (x, y). */
    static JsonTrace points(String name, double[] x, double[] y, String color, double size) {
        JsonTrace t = of("scatter", name).put("mode", "markers").array("x", x).array("y", y);
        ObjectNode m = t.object("marker").put("color", color).put("size", size);
        m.putObject("line").put("color", "white").put("width", 0.5);
        return t;
    }

    JsonTrace put(String key, String value) {
        node.put(key, value);
        return this;
    }

    JsonTrace put(String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
        return this;
    }

    JsonTrace put(String key, boolean value) {
        node.put(key, value);
        return this;
    }

    JsonTrace array(String key, double[] values) {
        node.set(key, numbers(values));
        return this;
    }

    JsonTrace strings(String key, String[] values) {
        ArrayNode a = node.putArray(key);
        for (String s : values) {
            a.add(s);
        }
        return this;
    }

    JsonTrace matrix(String key, double[][] rows) {
        ArrayNode a = node.putArray(key);
        for (double[] r : rows) {
            a.add(numbers(r));
        }
        return this;
    }

    /** The nested object {@code key} (created if absent), to set its attributes. */
    ObjectNode object(String key) {
        return node.has(key) ? (ObjectNode) node.get(key) : node.putObject(key);
    }

    /** A colour scale from (position in [0, 1], colour) pairs. */
    JsonTrace colorscale(Object... positionColor) {
        ArrayNode a = node.putArray("colorscale");
        for (int i = 0; i < positionColor.length; i += 2) {
            ArrayNode stop = a.addArray();
            stop.add(((Number) positionColor[i]).doubleValue());
            stop.add((String) positionColor[i + 1]);
        }
        return this;
    }

    /** The trace as JSON (a copy), for tests and for callers that add attributes. */
    ObjectNode json() {
        return node.deepCopy();
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode a = F.arrayNode(values.length);
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a;
    }

    @Override
    public String asJavascript(int i) {
        try {
            return "var trace" + i + " = " + JSON.writeValueAsString(node) + ";";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a plotly trace as JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return node.path("name").asText("");
    }

    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    @Override
    public boolean showLegend() {
        return node.path("showlegend").asBoolean(true);
    }
}
