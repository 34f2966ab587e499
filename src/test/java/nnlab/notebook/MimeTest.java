package nnlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;
import org.junit.jupiter.api.Test;

class MimeTest {

    @Test
    void figure_becomesPlotlyJsonWithTracesInOrderAndTitles() {
        Layout layout = Layout.builder().title("Loss")
                .xAxis(Axis.builder().title("epoch").build()).yAxis(Axis.builder().title("loss").build()).build();
        Figure f = new Figure(layout,
                ScatterTrace.builder(new double[] {1, 2, 3}, new double[] {0.9, 0.5, 0.2}).name("train").build(),
                ScatterTrace.builder(new double[] {1, 2}, new double[] {1.0, 0.7}).name("validation").build());

        Map<String, Object> bundle = Mime.of(f);

        @SuppressWarnings("unchecked")
        Map<String, Object> fig = (Map<String, Object>) bundle.get(Mime.PLOTLY);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) fig.get("data");
        @SuppressWarnings("unchecked")
        Map<String, Object> lay = (Map<String, Object>) fig.get("layout");
        assertEquals(2, data.size());
        assertEquals("train", data.get(0).get("name"));
        assertEquals("validation", data.get(1).get("name"));
        assertEquals(3, ((List<?>) data.get(0).get("x")).size());
        assertEquals(0.2, Double.parseDouble(String.valueOf(((List<?>) data.get(0).get("y")).get(2))), 0);
        assertEquals("Loss", lay.get("title"));
        assertEquals("epoch", ((Map<?, ?>) lay.get("xaxis")).get("title"));
        assertTrue(((String) bundle.get(Mime.TEXT)).contains("Loss"));
    }

    @Test
    void recipeFigure_withQuotesInTitle_isReadAsJson() {
        Table t = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}), DoubleColumn.create("y", new double[] {3, 4}));
        Map<String, Object> bundle = Mime.of(LinePlot.create("Student's \"fit\"", t, "x", "y"));
        @SuppressWarnings("unchecked")
        Map<String, Object> fig = (Map<String, Object>) bundle.get(Mime.PLOTLY);
        assertEquals(1, ((List<?>) fig.get("data")).size());
    }

    @Test
    void longTable_showsFirstAndLastRowsAndSaysHowManyWereLeftOut() {
        double[] v = new double[100];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        Map<String, Object> bundle = Mime.of(Table.create("numbers", DoubleColumn.create("v", v)));
        String html = (String) bundle.get(Mime.HTML);
        assertTrue(html.contains("<td>0.0</td>") || html.contains("<td>0</td>"), html);
        assertTrue(html.contains("99"), html);
        assertTrue(html.contains("80 more rows"), html);
        assertTrue(!html.contains("<td>50"), html);
    }

    @Test
    void historyTable_showsFourSignificantDigitsInHtmlAndText_whileTheColumnKeepsTheExactValue() {
        var h = new nnlab.train.History(List.of(new nnlab.train.EpochLog(1, 0.5720020603871248, Double.NaN, Map.of(),
                0.25)), false, false);
        Table t = nnlab.plot.Tables.of(h);

        Map<String, Object> bundle = Mime.of(t);

        String html = (String) bundle.get(Mime.HTML);
        assertTrue(html.contains("<td>0.5720</td>") && !html.contains("0.572002"), html);
        String text = (String) bundle.get(Mime.TEXT);
        assertTrue(text.contains("0.5720") && !text.contains("0.572002"), text);
        assertEquals(0.5720020603871248, t.doubleColumn("loss").get(0), 0);
    }

    @Test
    void html_escapesCellText() {
        Table t = Table.create("t", tech.tablesaw.api.StringColumn.create("s", new String[] {"<b>&"}));
        assertTrue(((String) Mime.of(t).get(Mime.HTML)).contains("&lt;b&gt;&amp;"));
    }

    @Test
    void unknownType_isRefusedNamingTheClass() {
        var e = assertThrows(IllegalArgumentException.class, () -> Mime.of(new StringBuilder()));
        assertTrue(e.getMessage().contains("java.lang.StringBuilder"));
    }

    @Test
    void history_rendersAsItsLossPlotWithTheTextTableForTerminals() {
        var logs = List.of(new nnlab.train.EpochLog(1, 0.9, 1.0, Map.of(), 0.1),
                new nnlab.train.EpochLog(2, 0.4, 0.6, Map.of(), 0.1));
        var h = new nnlab.train.History(logs, false, false);
        Map<String, Object> bundle = Mime.of(h);
        @SuppressWarnings("unchecked")
        Map<String, Object> fig = (Map<String, Object>) bundle.get(Mime.PLOTLY);
        assertEquals(2, ((List<?>) fig.get("data")).size());
        assertTrue(((String) bundle.get(Mime.TEXT)).contains("val_loss"));
        assertTrue(Mime.types().contains(nnlab.train.History.class));
    }

    @Test
    void net_rendersAsAnHtmlTableWithOneRowPerLayerAndTheParameterCount() {
        var net = nnlab.train.Net.input(2).dense(4, nnlab.nn.Activation.relu()).dense(1).build();
        String html = (String) Mime.of(net).get(Mime.HTML);
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        assertEquals(4, body.split("<tr>").length - 1, html); // the input row and 3 layers
        assertTrue(html.contains("Dense 2→4") && html.contains("relu1") && html.contains("total params: 17"), html);
        assertTrue(Mime.types().contains(nnlab.train.Net.class));
    }

    @Test
    void dataset_rendersItsSummaryAndFirstFiveRows_withFeatureAndClassNames() {
        double[][] x = new double[8][];
        int[] labels = new int[8];
        for (int i = 0; i < 8; i++) {
            x[i] = new double[] {i + 0.5, 10 * i};
            labels[i] = i % 3;
        }
        nnlab.data.Dataset d = nnlab.data.Dataset.classification(x, labels, 3)
                .withNames(List.of("petal length", "petal width"), List.of("setosa", "versicolor", "virginica"));

        Map<String, Object> bundle = Mime.of(d);

        String html = (String) bundle.get(Mime.HTML);
        assertTrue(html.contains("8 examples, 2 features, 3 classes: setosa, versicolor, virginica; the first 5 rows"), html);
        assertTrue(html.contains("<th>petal length</th><th>petal width</th><th>class</th>"), html);
        // row 4 is shown with its class by name (4 % 3 = 1) and numbers as Tables print them; row 5 is not shown
        assertTrue(html.contains("<td>4.500</td><td>40</td><td>versicolor</td>"), html);
        assertTrue(!html.contains("<td>5.500</td>"), html);
        String text = (String) bundle.get(Mime.TEXT);
        assertTrue(text.startsWith("8 examples, 2 features, 3 classes") && text.contains("virginica")
                && text.contains("petal width"), text);
        assertTrue(Mime.types().contains(nnlab.data.Dataset.class));
    }

    @Test
    void wideDataset_showsTheFirstFeaturesAndTheLast_andRegressionTargetsAsValues() {
        double[][] x = new double[2][30];
        x[1][29] = 7.25;
        nnlab.data.Dataset d = nnlab.data.Dataset.of(x, new double[][] {{1.5}, {2.5}});

        Map<String, Object> bundle = Mime.of(d);

        String html = (String) bundle.get(Mime.HTML);
        assertTrue(html.contains("2 examples, 30 features, 1 target column:"), html);
        assertTrue(html.contains("<th>x11</th><th>… 19 more</th><th>x30</th><th>y</th>"), html);
        assertTrue(!html.contains("<th>x12</th>"), html);
        assertTrue(html.contains("<td>7.250</td><td>2.500</td>"), html);
    }
}
