package nnlab.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The image recipes behind {@link Plot#images(Dataset, int)}, {@link Plot#images(Net, Dataset, int)}
 * and {@link Plot#misclassified}: examples whose d features are the pixels of a side × side
 * image (side = √d), row by row (pixel (r, c) is feature r·side + c), drawn as grey tiles in
 * small multiples, each titled with its class name (true and predicted when a net is given).
 *
 * <p>All tiles share one pair of hidden axes: tile i is a heatmap placed at its own offset, the
 * y axis is reversed so that image row 0 is on top (plotly draws row 0 at the bottom otherwise),
 * and the figure's size is computed so that a pixel is square. One grey scale for all tiles,
 * white for the smallest value shown and black for the largest (ink on paper), without a colour
 * bar. A figure holds at most {@value #MAX_PIXELS} pixels (16 images of 28 × 28), since a saved
 * notebook keeps every one.
 */
final class ImagePlots {

    /** Pixels in one figure: 16 Fashion-MNIST images. */
    static final int MAX_PIXELS = 16 * 28 * 28;
    /** Tiles per row at most. */
    static final int MAX_COLUMNS = 8;
    /** Screen size of a tile in pixels, when 4 or fewer tiles share a row. */
    static final int TILE = 140;
    /** Title colour of a wrongly predicted example. */
    static final String WRONG = "#d62728";
    /** Narrowest figure, so that the title fits above one or two tiles. */
    static final int MIN_WIDTH = 480;

    private ImagePlots() {}

    /** The first n examples, titled with the true class, and with the net's prediction when {@code net} is not null. */
    static Figure images(Net net, Dataset data, int n) {
        int side = side(data, "Plot.images");
        if (n > data.size()) {
            throw new IllegalArgumentException("Give a number of images from 1 to the dataset's " + data.size()
                    + " examples. Received: n=" + n);
        }
        requireCount(n, side);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        int[] predicted = net == null ? null : net.predictClasses(data.rows(rows));
        String title = net == null ? "The first " + n + " examples" : "The first " + n + " examples: true and predicted class";
        return grid(title, data, rows, predicted, side);
    }

    /** The first n examples the net classifies wrongly (fewer when there are fewer), titled true / predicted. */
    static Figure misclassified(Net net, Dataset data, int n) {
        int side = side(data, "Plot.misclassified");
        Require.given("net", net, "the trained classifier");
        requireCount(n, side);
        int[] truth = data.labels();
        int[] predicted = net.predictClasses(data);
        List<Integer> wrong = new ArrayList<>();
        for (int r = 0; r < truth.length; r++) {
            if (predicted[r] != truth[r]) {
                wrong.add(r);
            }
        }
        int shown = Math.min(n, wrong.size());
        int[] rows = new int[shown];
        int[] p = new int[shown];
        for (int i = 0; i < shown; i++) {
            rows[i] = wrong.get(i);
            p[i] = predicted[rows[i]];
        }
        String title = wrong.isEmpty() ? "No misclassified examples: the net gets all " + data.size() + " right"
                : shown == wrong.size() ? String.format("All %d misclassified examples (of %,d)", shown, data.size())
                : String.format("The first %d of %,d misclassified examples (of %,d)", shown, wrong.size(), data.size());
        return grid(title, data, rows, p, side);
    }

    /** √d, or an error saying the features must be a square image's pixels. */
    static int side(Dataset data, String recipe) {
        Require.given("data", data, "a data set of square images such as Datasets.fashionMnist()");
        int d = data.features();
        int side = (int) Math.round(Math.sqrt(d));
        if (side * side != d) {
            throw new IllegalArgumentException(recipe + " draws square images whose features are the pixels row by row"
                    + " (side × side features); " + d + " is not a square number. Received: features=" + d);
        }
        return side;
    }

    private static void requireCount(int n, int side) {
        if (n < 1) {
            throw new IllegalArgumentException("Give a number of images of at least 1. Received: n=" + n);
        }
        if ((long) n * side * side > MAX_PIXELS) {
            throw new IllegalArgumentException("At most " + MAX_PIXELS + " pixels fit in one figure (" + MAX_PIXELS / (side * side)
                    + " images of " + side + "×" + side + "), since a saved notebook keeps each one; draw fewer. Received: n=" + n);
        }
    }

    /** Tiles of {@code rows} in reading order; {@code predicted[i]} is the net's class for rows[i] (null: no net). */
    private static Figure grid(String title, Dataset data, int[] rows, int[] predicted, int side) {
        int n = rows.length;
        int cols = Math.max(1, Math.min(MAX_COLUMNS, n <= 4 ? n : Math.max(4, (int) Math.ceil(Math.sqrt(n)))));
        int lines = (n + cols - 1) / cols;
        int tile = Math.min(TILE, 960 / Math.max(cols, 1) - 12);
        double unit = (double) tile / side;            // screen pixels per image pixel
        double gapX = 12 / unit;                       // 12 screen pixels between tiles
        double gapY = (predicted == null ? 20 : 34) / unit; // room for a one- or two-line title
        DMatrixRMaj X = data.xView();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r : rows) {
            for (int j = 0; j < X.numCols; j++) {
                lo = Math.min(lo, X.get(r, j));
                hi = Math.max(hi, X.get(r, j));
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1; // all pixels equal (or no tiles): any range draws them
        }
        int[] truth = data.labels();
        List<Trace> traces = new ArrayList<>();
        double[] tx = new double[n];
        double[] ty = new double[n];
        String[] text = new String[n];
        String[] colour = new String[n];
        for (int i = 0; i < n; i++) {
            double x0 = (i % cols) * (side + gapX);
            double y0 = gapY + (i / cols) * (side + gapY);
            double[][] z = new double[side][side];
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    z[r][c] = X.get(rows[i], r * side + c);
                }
            }
            String name = ClassifierPlots.className(data, truth[rows[i]]);
            text[i] = predicted == null ? name
                    : "true: " + name + "<br>predicted: " + ClassifierPlots.className(data, predicted[i]);
            colour[i] = predicted != null && predicted[i] != truth[rows[i]] ? WRONG : "#333333";
            traces.add(JsonTrace.of("heatmap", "example " + rows[i] + ": " + text[i].replace("<br>", ", ")).matrix("z", z)
                    .put("x0", x0).put("dx", 1).put("y0", y0).put("dy", 1).put("zmin", lo).put("zmax", hi)
                    .put("showscale", false).put("showlegend", false).colorscale(0.0, "#ffffff", 1.0, "#000000")
                    .put("hovertemplate", "example " + rows[i] + ": %{z:.3g}<extra></extra>"));
            tx[i] = x0 + (side - 1) / 2.0;
            ty[i] = y0 - 0.5;
        }
        JsonTrace titles = JsonTrace.of("scatter", "titles").put("mode", "text").array("x", tx).array("y", ty)
                .strings("text", text).put("textposition", "top center").put("showlegend", false).put("hoverinfo", "skip");
        ArrayNode colours = titles.object("textfont").put("size", 11).putArray("color");
        for (String c : colour) {
            colours.add(c);
        }
        traces.add(titles);
        double width = cols * side + (cols - 1) * gapX;
        double height = lines * (side + gapY);
        // a few tiles: widen the x range (centred) so that the figure's title fits, pixels still square
        double pad = Math.max(0, (MIN_WIDTH - 20) / unit - width) / 2;
        Axis x = Axis.builder().visible(false).showGrid(false).showZeroLine(false).range(-0.5 - pad, width - 0.5 + pad)
                .build();
        // reversed: image row 0 (y = y0) on top
        Axis y = Axis.builder().visible(false).showGrid(false).showZeroLine(false).range(height - 0.5, -0.5).build();
        Layout layout = Layout.builder().title(title).showLegend(false).xAxis(x).yAxis(y)
                .width((int) Math.round((width + 2 * pad) * unit) + 20).height((int) Math.round(height * unit) + 60)
                .margin(Margin.builder().top(50).bottom(10).left(10).right(10).build()).build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }
}
