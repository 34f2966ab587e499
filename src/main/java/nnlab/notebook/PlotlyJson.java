package nnlab.notebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnlab.plot.Animation;
import tech.tablesaw.plotly.components.Figure;

/**
 * Turns a Tablesaw {@link Figure} into plotly's JSON figure ({@code {"data": [...], "layout": {...}}}).
 *
 * <p>Why: Tablesaw 0.44 only writes a {@code <script>} that calls {@code Plotly.newPlot}; such a
 * script needs plotly.js on the page, and JupyterLab 4 has no RequireJS to load it (the reason
 * d2l-java's plots are blank there). As JSON, a figure goes out under plotly's own MIME type,
 * which JupyterLab's plotly renderer draws with the plotly.js it bundles, offline, and which a
 * saved notebook stores as data only (no copy of plotly.js per figure).
 *
 * <p>Tablesaw writes JavaScript object literals (unquoted keys, single-quoted strings, trailing
 * commas), one {@code var layout = {...}} and one {@code var traceN = {...}} each; a lenient JSON
 * reader takes each literal as it is. The attributes are plotly 1.x style ({@code titlefont},
 * string titles), which plotly.js 2.x still reads.
 *
 * <p>An {@link Animation} also gets its {@code frames} and, merged into the layout, its play
 * button and slider: {@code {"data": [...], "layout": {...}, "frames": [...]}}.
 */
public final class PlotlyJson {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Pattern VAR = Pattern.compile("var\\s+(layout|trace\\d+)\\s*=\\s*");
    private static final Pattern DATA = Pattern.compile("var\\s+data\\s*=\\s*\\[([^\\]]*)\\]");

    private PlotlyJson() {}

    /**
     * @param figure a Tablesaw figure; Not modified
     * @return {@code {"data": [trace...], "layout": {...}}}, the traces in the figure's order
     * @throws IllegalArgumentException if the figure's script cannot be read as plotly objects
     *     (for example a figure with JavaScript event handlers attached)
     */
    public static ObjectNode of(Figure figure) {
        if (figure == null) {
            throw new IllegalArgumentException("Give the figure to convert, e.g. PlotlyJson.of(Plot.history(history))."
                    + " Received: figure=null");
        }
        String js = figure.asJavascript("nnlab");
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode traces = JsonNodeFactory.instance.objectNode();
        Matcher m = VAR.matcher(js);
        while (m.find()) {
            JsonNode value = readLiteral(js, m.end(), m.group(1));
            if (m.group(1).equals("layout")) {
                out.set("layout", value);
            } else {
                traces.set(m.group(1), value);
            }
        }
        ArrayNode data = out.putArray("data");
        Matcher d = DATA.matcher(js);
        if (!d.find()) {
            throw new IllegalArgumentException("Tablesaw's figure script has no 'var data = [...]' line; cannot convert it");
        }
        for (String name : d.group(1).split(",")) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            JsonNode trace = traces.get(n);
            if (trace == null) {
                throw new IllegalArgumentException("Tablesaw's figure script names trace '" + n + "' but never defines it");
            }
            data.add(trace);
        }
        if (!out.has("layout")) {
            out.putObject("layout");
        }
        if (figure instanceof Animation a) {
            merge((ObjectNode) out.get("layout"), a.layoutPatch());
            out.set("frames", a.frames());
        }
        return out;
    }

    /** Copies {@code patch} into {@code target}, object by object (an axis keeps its title when a range is added). */
    private static void merge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(e -> {
            JsonNode old = target.get(e.getKey());
            if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode p) {
                merge(o, p);
            } else {
                target.set(e.getKey(), e.getValue());
            }
        });
    }

    private static JsonNode readLiteral(String js, int start, String what) {
        try (JsonParser p = LENIENT.createParser(js.substring(start))) {
            return LENIENT.readTree(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the '" + what + "' object of a Tablesaw figure as plotly JSON"
                    + " (figures with JavaScript event handlers are not supported): " + e.getMessage(), e);
        }
    }

    /** Plain JSON text of {@link #of(Figure)}. */
    public static String toJson(Figure figure) {
        try {
            return new ObjectMapper().writeValueAsString(of(figure));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
