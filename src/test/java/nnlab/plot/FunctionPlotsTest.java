package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.train.LearningCurve;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;

/** Curves over x: lines of functions, an activation and its slope, fitted nets over their data. */
class FunctionPlotsTest {

    @Test
    void fit_drawsTheDataPointsExactly_andEachNetsPredictionAtTheGridPoints() {
        Dataset data = Synthetic.regression(12, x -> Math.sin(3 * x), -1, 1, 0.1, 4);
        Net a = Net.input(1).dense(6, Activation.tanh()).dense(1).seed(1).build();
        Net b = Net.input(1).dense(6, Activation.tanh()).dense(1).seed(2).build();
        FigureJson f = FigureJson.of(Plot.fit("Two fits", data, Series.of("early", a, "late", b), "truth sin(3x)",
                x -> Math.sin(3 * x)));

        assertEquals(List.of("data", "truth sin(3x)", "early", "late"), f.names());
        assertArrayEquals(data.xView().data, FigureJson.numbers(f.trace("data").get("x")), 0.0);
        assertArrayEquals(data.yView().data, FigureJson.numbers(f.trace("data").get("y")), 0.0);
        double[] gx = FigureJson.numbers(f.trace("late").get("x"));
        assertEquals(FunctionPlots.CURVE_POINTS, gx.length);
        double lo = java.util.Arrays.stream(data.xView().data).min().orElseThrow();
        double hi = java.util.Arrays.stream(data.xView().data).max().orElseThrow();
        assertEquals(lo, gx[0], 0.0);
        assertEquals(hi, gx[gx.length - 1], 0.0);
        double[] late = FigureJson.numbers(f.trace("late").get("y"));
        double[] early = FigureJson.numbers(f.trace("early").get("y"));
        for (int i : new int[] {0, 57, 200}) {
            assertEquals(b.predict(new double[][] {{gx[i]}}).get(0, 0), late[i], 1e-12);
            assertEquals(a.predict(new double[][] {{gx[i]}}).get(0, 0), early[i], 1e-12);
            assertEquals(Math.sin(3 * gx[i]), f.trace("truth sin(3x)").get("y").get(i).asDouble(), 1e-15);
        }
        assertEquals("Two fits", f.title());
    }

    @Test
    void fit_refusesANetOrDataWithMoreThanOneInput_namingTheNet() {
        Dataset data = Synthetic.regression(10, Math::sin, -1, 1, 0.1, 4);
        Net two = Net.input(2).dense(1).build();
        var e = assertThrows(IllegalArgumentException.class, () -> Plot.fit("T", data, Series.of("wide", two)));
        assertTrue(e.getMessage().contains("'wide' maps 2 → 1"), e.getMessage());
        Dataset plane = Dataset.of(new double[][] {{1, 2}}, new double[][] {{1}});
        assertThrows(IllegalArgumentException.class, () -> Plot.fit(Net.input(1).dense(1).build(), plane));
    }

    @Test
    void functions_drawEachFunctionAtEvenlySpacedPoints_withGapsWhereItIsNotFinite() {
        FigureJson f = FigureJson.of(Plot.functions("Loss of one example", "ŷ", "loss", 0, 1,
                Series.of("cross-entropy", q -> -Math.log(q), "squared error", q -> (1 - q) * (1 - q)), Scale.LOG));
        assertEquals(List.of("cross-entropy", "squared error"), f.names());
        double[] x = FigureJson.numbers(f.trace("squared error").get("x"));
        assertEquals(201, x.length);
        assertEquals(0.25, x[50], 1e-15);
        assertEquals(0.75 * 0.75, f.trace("squared error").get("y").get(50).asDouble(), 1e-15);
        assertTrue(f.trace("cross-entropy").get("y").get(200).asDouble() == 0, "−log 1 = 0");
        assertTrue(f.trace("cross-entropy").get("y").get(0).isNull(), "−log 0 = ∞ is a gap");
        assertEquals("log", f.axisType("yaxis"));
        assertThrows(IllegalArgumentException.class, () -> Plot.functions("T", "x", "y", 1, 0, Series.of("f", q -> q)));
    }

    @Test
    void activation_drawsTheLibrarysValueAndDerivative() {
        FigureJson f = FigureJson.of(Plot.activation(Activation.sigmoid(), -6, 6));
        assertEquals(List.of("sigmoid(z)", "sigmoid′(z)"), f.names());
        double[] z = FigureJson.numbers(f.trace("sigmoid(z)").get("x"));
        assertEquals(0, z[100], 1e-15);
        assertEquals(0.5, f.trace("sigmoid(z)").get("y").get(100).asDouble(), 0.0);
        assertEquals(0.25, f.trace("sigmoid′(z)").get("y").get(100).asDouble(), 0.0);
        assertEquals(Activation.sigmoid().derivative(z[7]), f.trace("sigmoid′(z)").get("y").get(7).asDouble(), 0.0);
        assertEquals("z", f.axisTitle("xaxis"));
    }

    @Test
    void activation_refusesSoftmax_andNamesWhatToPlotInstead() {
        var e = assertThrows(UnsupportedOperationException.class, () -> Plot.activation(Activation.softmax(), -6, 6));
        assertTrue(e.getMessage().contains("no one-number form") && e.getMessage().contains("Activation.sigmoid()"),
                e.getMessage());
    }

    @Test
    void learningCurves_drawEachMethodsValidationBand_inSeriesOrder_andRefuseMismatchedSizes() {
        LearningCurve a = new LearningCurve("accuracy", new double[] {10, 20},
                new double[][] {{1, 1}, {1, 1}}, new double[][] {{0.6, 0.8}, {0.7, 0.8}});
        LearningCurve b = new LearningCurve("accuracy", new double[] {10, 20},
                new double[][] {{1, 1}}, new double[][] {{0.5, 0.9}});
        FigureJson f = FigureJson.of(Plot.learningCurves("Methods", Series.of("frozen", a, "scratch", b), Scale.LOG));
        assertEquals(List.of("frozen ± 1 std", "frozen (mean of 2)", "scratch ± 1 std", "scratch (mean of 1)"),
                f.names());
        assertArrayEquals(new double[] {0.65, 0.8}, FigureJson.numbers(f.trace("frozen (mean of 2)").get("y")), 1e-12);
        assertArrayEquals(new double[] {10, 20}, FigureJson.numbers(f.trace("scratch (mean of 1)").get("x")));
        assertEquals("log", f.axisType("xaxis"));
        assertEquals("validation accuracy", f.axisTitle("yaxis"));
        LearningCurve c = new LearningCurve("accuracy", new double[] {10, 40}, a.training(), a.validation());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plot.learningCurves("T", Series.of("a", a, "c", c)));
        assertTrue(e.getMessage().contains("'c' has sizes [10.0, 40.0]"), e.getMessage());
    }

    @Test
    void histograms_ofASeries_drawOneSubplotPerEntryInOrder() {
        JsonNode first = FigureJson.of(Plot.histograms(Series.of("b", new double[] {1, 2, 3}, "a", new double[] {5}),
                "weight")).traces().get(0);
        assertTrue(first.get("name").asText().startsWith("layer 1 (b): 3 values"), first.get("name").asText());
    }
}
