package nnlab.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nnlab.notebook.PlotlyJson;
import tech.tablesaw.plotly.components.Figure;

/** A figure as the plotly JSON the notebook receives, with shortcuts for tests to read it. */
record FigureJson(ObjectNode json) {

    static FigureJson of(Figure f) {
        return new FigureJson(PlotlyJson.of(f));
    }

    List<JsonNode> traces() {
        List<JsonNode> out = new ArrayList<>();
        json.get("data").forEach(out::add);
        return out;
    }

    JsonNode trace(String name) {
        return traces().stream().filter(t -> t.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no trace named " + name + " in " + names()));
    }

    List<String> names() {
        return traces().stream().map(t -> t.path("name").asText()).toList();
    }

    String title() {
        JsonNode t = json.path("layout").path("title");
        return t.isTextual() ? t.asText() : t.path("text").asText();
    }

    String axisTitle(String axis) {
        JsonNode t = json.path("layout").path(axis).path("title");
        return t.isTextual() ? t.asText() : t.path("text").asText();
    }

    String axisType(String axis) {
        return json.path("layout").path(axis).path("type").asText("");
    }

    static double[] numbers(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return v;
    }
}
