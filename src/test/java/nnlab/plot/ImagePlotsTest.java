package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.nn.Activation;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;

class ImagePlotsTest {

    /** 4×4 "images": class 0 a bright top row, class 1 a bright left column, class 2 a bright bottom row; pixel (r, c) also holds 0.01·(4r + c). */
    private static Dataset images(int n, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][16];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(3);
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    boolean on = labels[i] == 0 ? r == 0 : labels[i] == 1 ? c == 0 : r == 3;
                    x[i][4 * r + c] = (on ? 0.9 : 0) + 0.01 * (4 * r + c);
                }
            }
        }
        return Dataset.classification(x, labels, 3).withNames(null, List.of("top", "left", "bottom"));
    }

    private static List<JsonNode> heatmaps(FigureJson f) {
        return f.traces().stream().filter(t -> t.path("type").asText().equals("heatmap")).toList();
    }

    @Test
    void images_drawsEachExampleAsItsPixels_rowZeroOnTop_titledWithItsClassName() {
        Dataset data = images(10, 1);
        FigureJson f = FigureJson.of(Plot.images(data, 6));

        List<JsonNode> tiles = heatmaps(f);
        assertEquals(6, tiles.size());
        for (int i = 0; i < 6; i++) {
            JsonNode z = tiles.get(i).get("z");
            assertEquals(4, z.size());
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    assertEquals(data.xView().get(i, 4 * r + c), z.get(r).get(c).asDouble(), 0, "pixel " + r + "," + c);
                }
            }
            assertFalse(tiles.get(i).get("showscale").asBoolean());
        }
        // the y axis runs from the bottom of the grid up to -0.5: reversed, so z row 0 is drawn on top
        JsonNode yRange = f.json().path("layout").path("yaxis").path("range");
        assertTrue(yRange.get(0).asDouble() > yRange.get(1).asDouble(), yRange.toString());
        // grey: white at the smallest value shown, black at the largest, the same range for every tile
        JsonNode scale = tiles.get(0).get("colorscale");
        assertEquals("#ffffff", scale.get(0).get(1).asText());
        assertEquals("#000000", scale.get(1).get(1).asText());
        assertEquals(tiles.get(0).get("zmax").asDouble(), tiles.get(5).get("zmax").asDouble(), 0);

        JsonNode titles = f.trace("titles").get("text");
        int[] labels = data.labels();
        for (int i = 0; i < 6; i++) {
            assertEquals(data.className(labels[i]), titles.get(i).asText());
        }
    }

    @Test
    void images_pixelsAreSquareOnScreen() {
        assertSquare(FigureJson.of(Plot.images(images(2, 2), 2))); // widened for its title
        FigureJson f = FigureJson.of(Plot.images(images(12, 2), 12));
        assertSquare(f);
        // the tiles of one row do not overlap: x0 steps by more than the 4-pixel side
        List<JsonNode> tiles = heatmaps(f);
        assertTrue(tiles.get(1).get("x0").asDouble() - tiles.get(0).get("x0").asDouble() > 4);
    }

    private static void assertSquare(FigureJson f) {
        JsonNode layout = f.json().path("layout");
        JsonNode xr = layout.path("xaxis").path("range");
        JsonNode yr = layout.path("yaxis").path("range");
        double perX = (layout.get("width").asDouble() - 20) / (xr.get(1).asDouble() - xr.get(0).asDouble());
        double perY = (layout.get("height").asDouble() - 60) / (yr.get(0).asDouble() - yr.get(1).asDouble());
        assertEquals(perX, perY, 0.02 * perX, "screen pixels per image pixel, across and down");
    }

    @Test
    void imagesWithANet_andMisclassified_titleTheTrueAndPredictedClass() {
        Dataset data = images(40, 3);
        Net net = Net.input(16).dense(3, Activation.softmax()).seed(5).build(); // untrained: many mistakes
        int[] predicted = net.predictClasses(data);
        int[] truth = data.labels();

        JsonNode titles = FigureJson.of(Plot.images(net, data, 4)).trace("titles");
        for (int i = 0; i < 4; i++) {
            assertEquals("true: " + data.className(truth[i]) + "<br>predicted: " + data.className(predicted[i]),
                    titles.get("text").get(i).asText());
            assertEquals(predicted[i] == truth[i] ? "#333333" : ImagePlots.WRONG,
                    titles.path("textfont").path("color").get(i).asText());
        }

        FigureJson wrong = FigureJson.of(Plot.misclassified(net, data, 5));
        List<JsonNode> tiles = heatmaps(wrong);
        int shown = 0;
        for (int r = 0; r < data.size() && shown < tiles.size(); r++) {
            if (predicted[r] != truth[r]) {
                // the shown tile is the r-th example's pixels, in order of the data
                assertEquals(data.xView().get(r, 5), tiles.get(shown).get("z").get(1).get(1).asDouble(), 0);
                assertTrue(wrong.trace("titles").get("text").get(shown).asText()
                        .equals("true: " + data.className(truth[r]) + "<br>predicted: " + data.className(predicted[r])));
                shown++;
            }
        }
        assertEquals(shown, tiles.size());
        assertTrue(shown > 0, "an untrained net gets some of these wrong");
        assertTrue(wrong.title().contains("misclassified"), wrong.title());
    }

    @Test
    void misclassified_ofAPerfectNet_saysSo() {
        // one example per class, a net whose output ignores the input but fits a one-class dataset
        Dataset data = Dataset.classification(new double[][] {new double[16], new double[16]}, new int[] {0, 0}, 2);
        Net net = Net.input(16).dense(1, Activation.sigmoid()).seed(1).build();
        net.dense(0).bias().value().set(0, 0, -50); // P(class 1) ≈ 0 everywhere
        FigureJson f = FigureJson.of(Plot.misclassified(net, data, 4));
        assertEquals(0, heatmaps(f).size());
        assertTrue(f.title().contains("all 2 right"), f.title());
    }

    @Test
    void nonSquareImages_tooMany_andBadCounts_areRejected() {
        Dataset flat = Dataset.of(new double[][] {new double[10]}, new double[][] {{0}});
        var e = assertThrows(IllegalArgumentException.class, () -> Plot.images(flat, 1));
        assertTrue(e.getMessage().contains("features=10") && e.getMessage().contains("square"), e.getMessage());

        Dataset data = images(10, 4);
        var big = assertThrows(IllegalArgumentException.class, () -> Plot.images(images(800, 4), 800));
        assertTrue(big.getMessage().contains("n=800"), big.getMessage());
        var zero = assertThrows(IllegalArgumentException.class, () -> Plot.images(data, 0));
        assertTrue(zero.getMessage().contains("n=0"), zero.getMessage());
        var over = assertThrows(IllegalArgumentException.class, () -> Plot.images(data, 11));
        assertTrue(over.getMessage().contains("n=11") && over.getMessage().contains("10 examples"), over.getMessage());
    }
}
