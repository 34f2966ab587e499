package nnlab.notebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.nn.Dense;
import nnlab.nn.Dropout;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.plot.Animation;
import nnlab.plot.Plot;
import nnlab.tabular.TableData;
import nnlab.train.History;
import nnlab.train.Net;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * MIME bundles (the {@code data} of a Jupyter {@code display_data} message) for the objects a
 * notebook shows: Tablesaw figures and tables, a training {@link History} (drawn as its loss
 * plot, {@link Plot#history(History)}), a {@link Net} (its layers as an HTML table) and a
 * {@link Dataset} (its size and classes, and its first rows by name, {@link TableData#toTable}).
 *
 * <p>A figure becomes {@value #PLOTLY} (drawn by JupyterLab's plotly renderer, and by the site
 * exporter) plus a {@code text/plain} line for terminals. Bundles are plain maps, lists,
 * strings and numbers, so any kernel can serialize them.
 */
public final class Mime {

    /** plotly's MIME type: a JSON figure {@code {"data": [...], "layout": {...}}}. */
    public static final String PLOTLY = "application/vnd.plotly.v1+json";
    public static final String HTML = "text/html";
    public static final String TEXT = "text/plain";

    /** Rows shown of a long table: the first and last {@code TABLE_EDGE_ROWS}. */
    static final int TABLE_EDGE_ROWS = 10;

    /** Rows shown of a dataset. */
    static final int DATASET_ROWS = 5;

    /** Feature columns shown of a dataset: a wider one (784 pixels) shows the first ones, "…" and the last. */
    static final int DATASET_FEATURES = 12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Mime() {}

    /** The classes {@link #of(Object)} renders; the kernel's start-up registers each. */
    public static List<Class<?>> types() {
        return List.of(Figure.class, Animation.class, Table.class, History.class, Net.class, Dataset.class, Blank.class);
    }

    /**
     * @param value a figure, table, history, net or dataset
     * @return its MIME bundle, MIME type to data, in order of preference
     * @throws IllegalArgumentException if the value's class is not one of {@link #types()}
     */
    public static Map<String, Object> of(Object value) {
        if (value instanceof Figure f) {
            return figure(f);
        }
        if (value instanceof Table t) {
            return table(t);
        }
        if (value instanceof History h) {
            return history(h);
        }
        if (value instanceof Net n) {
            return net(n);
        }
        if (value instanceof Dataset d) {
            return dataset(d);
        }
        if (value instanceof Blank b) {
            Map<String, Object> bundle = new LinkedHashMap<>();
            bundle.put(HTML, "<div style=\"height:" + b.height() + "px\"></div>");
            bundle.put(TEXT, "");
            return bundle;
        }
        throw new IllegalArgumentException("nnlab cannot render a " + (value == null ? "null" : value.getClass().getName())
                + "; it renders " + types());
    }

    static Map<String, Object> figure(Figure figure) {
        ObjectNode json = PlotlyJson.of(figure);
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(PLOTLY, JSON.convertValue(json, Map.class));
        bundle.put(TEXT, "Figure: " + title(json) + " (interactive plotly chart; shown in JupyterLab or the exported site)");
        return bundle;
    }

    private static String title(ObjectNode json) {
        var t = json.path("layout").path("title");
        String s = t.isTextual() ? t.asText() : t.path("text").asText("");
        return s.isEmpty() ? "(untitled)" : s;
    }

    static Map<String, Object> table(Table table) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(HTML, Html.table(table, TABLE_EDGE_ROWS));
        bundle.put(TEXT, table.rowCount() <= 2 * TABLE_EDGE_ROWS ? table.printAll() : table.print(2 * TABLE_EDGE_ROWS));
        return bundle;
    }

    /** The loss plot (when an epoch completed), with the text table for terminals. */
    static Map<String, Object> history(History history) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        if (history.size() > 0) {
            bundle.putAll(figure(Plot.history(history)));
        }
        bundle.put(TEXT, history.toString());
        return bundle;
    }

    /** The layers as an HTML table (as {@link Net#summary()} prints them), with that text. */
    static Map<String, Object> net(Net net) {
        StringBuilder b = new StringBuilder("<table class=\"nnlab-table\"><caption>Net: ")
                .append(net.inputSize()).append(" inputs → ").append(net.outputSize()).append(" outputs</caption>")
                .append("<thead><tr><th>layer</th><th>type</th><th>output</th><th>params</th><th>trainable</th></tr></thead><tbody>")
                .append("<tr><td>input</td><td></td><td>(m, ").append(net.inputSize()).append(")</td><td>0</td><td></td></tr>");
        int trainable = 0;
        for (Layer l : net.layers()) {
            int count = l.parameterCount();
            for (Parameter p : l.parameters()) {
                trainable += p.isFrozen() ? 0 : p.size();
            }
            b.append("<tr><td>").append(Html.escape(l.name())).append("</td><td>").append(Html.escape(kind(l)))
                    .append("</td><td>(m, ").append(l.outputSize()).append(")</td><td>").append(count).append("</td><td>")
                    .append(count == 0 ? "" : l.isFrozen() ? "frozen" : "yes").append("</td></tr>");
        }
        int total = net.parameterCount();
        b.append("</tbody><tfoot><tr><td colspan=\"5\">total params: ").append(total).append(", trainable: ")
                .append(trainable).append(", frozen: ").append(total - trainable).append("; init: ")
                .append(Html.escape(String.valueOf(net.init()))).append(", seed: ").append(net.seed())
                .append("</td></tr></tfoot></table>");
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(HTML, b.toString());
        bundle.put(TEXT, net.summary());
        return bundle;
    }

    /**
     * The summary line ("150 examples, 4 features, 3 classes: setosa, versicolor, virginica") over
     * the first {@value #DATASET_ROWS} rows: feature names as headers (the first and the last of
     * more than {@value #DATASET_FEATURES}), the class by name (or the target values), as HTML
     * and as text.
     */
    static Map<String, Object> dataset(Dataset data) {
        int shown = Math.min(DATASET_ROWS, data.size());
        int[] first = new int[shown];
        for (int i = 0; i < shown; i++) {
            first[i] = i;
        }
        Table rows = TableData.toTable(data.rows(first));
        rows.setName("");
        List<String> features = data.featureNames();
        int hidden = features.size() - DATASET_FEATURES;
        if (hidden > 0) {
            rows.removeColumns(features.subList(DATASET_FEATURES - 1, features.size() - 1).toArray(new String[0]));
            String[] dots = new String[shown];
            Arrays.fill(dots, "…");
            rows.insertColumn(DATASET_FEATURES - 1, StringColumn.create("… " + (hidden + 1) + " more", dots));
        }
        String summary = summary(data) + (shown < data.size() ? "; the first " + shown + " rows:" : ":");
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(HTML, "<div class=\"nnlab-dataset\"><p>" + Html.escape(summary) + "</p>" + Html.table(rows, shown) + "</div>");
        bundle.put(TEXT, summary + "\n" + rows.printAll());
        return bundle;
    }

    /** "569 examples, 30 features, 2 classes: benign, malignant" or "442 examples, 10 features, 1 target column". */
    static String summary(Dataset data) {
        String s = String.format("%,d examples, %,d features, ", data.size(), data.features());
        List<String> classes = data.classNames();
        if (!classes.isEmpty()) {
            return s + classes.size() + " classes: " + String.join(", ", classes);
        }
        return s + data.targets() + (data.targets() == 1 ? " target column" : " target columns");
    }

    private static String kind(Layer l) {
        if (l instanceof Dense d) {
            return "Dense " + d.inputSize() + "→" + d.outputSize();
        }
        if (l instanceof Dropout d) {
            return "Dropout p=" + d.dropProbability();
        }
        return l.getClass().getSimpleName();
    }
}
