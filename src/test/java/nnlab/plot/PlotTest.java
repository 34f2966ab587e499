package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.train.EpochLog;
import nnlab.train.History;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;

class PlotTest {

    static History history(boolean validation, boolean stopped, double... losses) {
        List<EpochLog> logs = new java.util.ArrayList<>();
        for (int i = 0; i < losses.length; i++) {
            double val = validation ? losses[i] + 0.1 * (i - 2) * (i - 2) : Double.NaN;
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("accuracy", 0.5 + 0.1 * i);
            if (validation) {
                m.put("val_accuracy", 0.45 + 0.1 * i);
            }
            logs.add(new EpochLog(i + 1, losses[i], val, m, 0.01));
        }
        return new History(logs, false, stopped);
    }

    @Test
    void history_drawsTrainingAndValidationLossPerEpoch_withTitledAxes() {
        History h = history(true, false, 1.0, 0.5, 0.3, 0.2);
        FigureJson f = FigureJson.of(Plot.history(h));

        assertEquals(List.of("training", "validation"), f.names());
        assertArrayEquals(new double[] {1, 2, 3, 4}, FigureJson.numbers(f.trace("training").get("x")));
        assertArrayEquals(h.trainLoss(), FigureJson.numbers(f.trace("training").get("y")));
        assertArrayEquals(h.validationLoss(), FigureJson.numbers(f.trace("validation").get("y")));
        assertEquals("epoch", f.axisTitle("xaxis"));
        assertEquals("loss", f.axisTitle("yaxis"));
        assertTrue(f.title().contains("Loss"), f.title());
    }

    @Test
    void history_withoutValidation_drawsOneLine_andMetricColumnPairsWithItsValidationTwin() {
        assertEquals(List.of("training"), FigureJson.of(Plot.history(history(false, false, 1, 0.5))).names());
        FigureJson acc = FigureJson.of(Plot.history(history(true, false, 1, 0.5, 0.4), "accuracy"));
        assertEquals(List.of("training", "validation"), acc.names());
        assertArrayEquals(new double[] {0.45, 0.55, 0.65}, FigureJson.numbers(acc.trace("validation").get("y")), 1e-12);
        assertEquals("accuracy", acc.axisTitle("yaxis"));
    }

    @Test
    void history_logScale_setsALogYAxis() {
        FigureJson f = FigureJson.of(Plot.history(history(false, false, 1, 0.1, 0.01), "loss", Scale.LOG));
        assertEquals("log", f.axisType("yaxis"));
        assertEquals("", FigureJson.of(Plot.history(history(false, false, 1, 0.5))).axisType("yaxis"));
    }

    @Test
    void history_stoppedEarly_marksTheEpochOfLowestValidationLoss() {
        // val = loss + 0.1 (i-2)²: 1.4, 0.6, 0.3, 0.3 → the lowest first reached at epoch 3
        History h = history(true, true, 1.0, 0.5, 0.3, 0.2);
        JsonNode mark = FigureJson.of(Plot.history(h)).trace("best val_loss (epoch 3)");
        assertArrayEquals(new double[] {3, 3}, FigureJson.numbers(mark.get("x")));
        assertEquals(1, FigureJson.of(Plot.history(history(true, false, 1.0, 0.5, 0.3))).names().stream()
                .filter(n -> n.startsWith("training")).count());
    }

    @Test
    void history_unknownColumn_isRefusedListingTheColumns() {
        var e = assertThrows(IllegalArgumentException.class, () -> Plot.history(history(true, false, 1, 2), "f1"));
        assertTrue(e.getMessage().contains("val_accuracy"), e.getMessage());
    }

    @Test
    void compare_drawsOneLabelledLinePerRun_inSeriesOrder_withDistinctColours() {
        Series<History> runs = Series.of("SGD", history(true, false, 1, 0.8, 0.7), "Adam", history(true, false, 1, 0.4, 0.2));
        FigureJson f = FigureJson.of(Plot.compare(runs, "val_loss"));

        assertEquals(List.of("SGD", "Adam"), f.names());
        assertArrayEquals(runs.get("Adam").validationLoss(), FigureJson.numbers(f.trace("Adam").get("y")));
        assertTrue(!f.trace("SGD").path("line").path("color").asText()
                .equals(f.trace("Adam").path("line").path("color").asText()));
        assertEquals("val_loss", f.axisTitle("yaxis"));
    }

    @Test
    void lines_drawsEachSeriesOverX_andRefusesAMismatchedLength() {
        double[] x = {0, 1, 2};
        Series<double[]> s = Series.of("a", new double[] {1, 2, 3}, "b", new double[] {3, 2, Double.NaN});
        FigureJson f = FigureJson.of(Plot.lines("T", "z", "value", x, s));
        assertEquals(List.of("a", "b"), f.names());
        assertTrue(f.trace("b").get("y").get(2).isNull(), "NaN becomes a gap (null)");
        assertEquals("z", f.axisTitle("xaxis"));
        assertEquals("T", f.title());
        assertThrows(IllegalArgumentException.class,
                () -> Plot.lines("T", "x", "y", x, Series.of("short", new double[] {1})));
    }

    @Test
    void decisionBoundary_binary_shadesProbabilityOverTheDataRange_andColoursPointsByClass() {
        Dataset data = Synthetic.moons(120, 0.1, 1);
        Net net = Net.input(2).dense(8, Activation.tanh()).dense(1, Activation.sigmoid()).seed(3).build();
        FigureJson f = FigureJson.of(Plot.decisionBoundary(net, data));

        JsonNode heat = f.traces().get(0);
        assertEquals("heatmap", heat.get("type").asText());
        assertEquals(ClassifierPlots.BOUNDARY_GRID, heat.get("z").size());
        assertEquals(ClassifierPlots.BOUNDARY_GRID, heat.get("z").get(0).size());
        double[] gx = FigureJson.numbers(heat.get("x"));
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < data.size(); r++) {
            minX = Math.min(minX, data.xView().get(r, 0));
            maxX = Math.max(maxX, data.xView().get(r, 0));
        }
        assertTrue(gx[0] < minX && gx[gx.length - 1] > maxX, "the grid covers the data");
        // z at a grid point is the net's own prediction there
        double zx = gx[10];
        double zy = FigureJson.numbers(heat.get("y"))[20];
        double expected = net.predict(new double[][] {{zx, zy}}).get(0, 0);
        assertEquals(expected, heat.get("z").get(20).get(10).asDouble(), 1e-12);
        assertEquals("contour", f.traces().get(1).get("type").asText());

        int[] labels = data.labels();
        int ones = java.util.Arrays.stream(labels).sum();
        assertEquals(data.size() - ones, f.trace("class 0").get("x").size());
        assertEquals(ones, f.trace("class 1").get("x").size());
        assertEquals(Colors.of(0), f.trace("class 0").path("marker").path("color").asText());
        assertEquals(Colors.of(1), f.trace("class 1").path("marker").path("color").asText());
        assertEquals("x₁", f.axisTitle("xaxis"));
        assertEquals("x₂", f.axisTitle("yaxis"));
    }

    @Test
    void decisionBoundary_multiClass_showsTheArgmaxClassPerGridPoint() {
        Dataset data = Synthetic.blobs(90, 3, 0.5, 2);
        Net net = Net.input(2).dense(3, Activation.softmax()).seed(1).build();
        FigureJson f = FigureJson.of(Plot.decisionBoundary(net, data));

        JsonNode heat = f.traces().get(0);
        double[] gx = FigureJson.numbers(heat.get("x"));
        double[] gy = FigureJson.numbers(heat.get("y"));
        var p = net.predict(new double[][] {{gx[5], gy[7]}});
        int best = 0;
        for (int c = 1; c < 3; c++) {
            best = p.get(0, c) > p.get(0, best) ? c : best;
        }
        assertEquals(best, heat.get("z").get(7).get(5).asInt());
        assertEquals(List.of("predicted class", "class 0", "class 1", "class 2"), f.names());
        int total = 0;
        for (int c = 0; c < 3; c++) {
            total += f.trace("class " + c).get("x").size();
        }
        assertEquals(90, total);
    }

    @Test
    void decisionBoundary_refusesNetsWithoutTwoInputs() {
        Net net = Net.input(3).dense(1, Activation.sigmoid()).build();
        Dataset d = Dataset.of(new double[][] {{1, 2, 3}}, new double[][] {{1}});
        var e = assertThrows(IllegalArgumentException.class, () -> Plot.decisionBoundary(net, d));
        assertTrue(e.getMessage().contains("takes 3"), e.getMessage());
    }

    @Test
    void tablesOf_history_hasOneRowPerEpochAndTheHistoryColumns() {
        var t = Tables.of(history(true, false, 1, 0.5, 0.25));
        assertEquals(3, t.rowCount());
        assertEquals(List.of("epoch", "loss", "val_loss", "accuracy", "val_accuracy", "seconds"), t.columnNames());
        assertEquals(0.25, t.doubleColumn("loss").get(2), 0);
        assertEquals(List.of("epoch", "loss", "accuracy", "seconds"), Tables.of(history(false, false, 1)).columnNames());
    }

    @Test
    void layerStatistics_drawsOneLinePerDenseLayerOverSteps_onALogAxisForGradientNorms() {
        Net net = Net.input(2).dense(4, Activation.tanh()).dense(3, Activation.tanh()).dense(1, Activation.sigmoid())
                .seed(1).build();
        var stats = nnlab.diagnose.LayerStatistics.every(2);
        net.train(Synthetic.moons(40, 0.1, 1)).batchSize(10).epochs(2).callbacks(stats).run();
        FigureJson f = FigureJson.of(Plot.layerStatistics(stats, nnlab.diagnose.LayerStatistics.Quantity.GRADIENT_NORM));

        assertEquals(List.of("layer 1 (dense1)", "layer 2 (dense2)", "layer 3 (dense3)"), f.names());
        assertArrayEquals(stats.steps(), FigureJson.numbers(f.trace("layer 2 (dense2)").get("x")));
        assertArrayEquals(stats.series("dense2", nnlab.diagnose.LayerStatistics.Quantity.GRADIENT_NORM),
                FigureJson.numbers(f.trace("layer 2 (dense2)").get("y")));
        assertEquals("log", f.axisType("yaxis"));

        FigureJson g = FigureJson.of(Plot.gradientNorms(Series.of("tanh", stats)));
        assertArrayEquals(new double[] {1, 2, 3}, FigureJson.numbers(g.trace("tanh").get("x")));
        assertArrayEquals(stats.perLayer(nnlab.diagnose.LayerStatistics.Quantity.GRADIENT_NORM),
                FigureJson.numbers(g.trace("tanh").get("y")));
        assertEquals("log", g.axisType("yaxis"));
    }

    @Test
    void roc_hasAucInTheLegend_theChanceLine_andTheThresholdPointOnTheCurve() {
        double[] s = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4};
        int[] y = {1, 1, 0, 1, 0, 0};
        FigureJson f = FigureJson.of(Plot.roc(s, y, 0.65));
        assertEquals("ROC (AUC = 0.889)", f.names().get(0));
        assertEquals("chance (AUC = 0.5)", f.names().get(1));
        // s >= 0.65 predicts the top 3: TP 2 of 3, FP 1 of 3
        JsonNode mark = f.traces().get(2);
        assertEquals(1 / 3.0, mark.get("x").get(0).asDouble(), 1e-12);
        assertEquals(2 / 3.0, mark.get("y").get(0).asDouble(), 1e-12);
        assertEquals("false-positive rate", f.axisTitle("xaxis"));

        FigureJson pr = FigureJson.of(Plot.precisionRecall(s, y, 0.65));
        assertTrue(pr.names().get(0).startsWith("precision-recall (AP = 0.917)"), pr.names().get(0));
        assertEquals(2 / 3.0, pr.traces().get(2).get("y").get(0).asDouble(), 1e-12);
    }

    @Test
    void confusionMatrix_isAHeatmapOfCountsTrueByPredicted() {
        FigureJson f = FigureJson.of(Plot.confusionMatrix(new int[][] {{5, 1}, {2, 7}}));
        JsonNode heat = f.traces().get(0);
        assertEquals("heatmap", heat.get("type").asText());
        assertEquals(1, heat.get("z").get(0).get(1).asInt());
        assertEquals(2, heat.get("z").get(1).get(0).asInt());
        assertEquals("%{z}", heat.get("texttemplate").asText());
        assertEquals("predicted class", f.axisTitle("xaxis"));
        assertEquals("true class", f.axisTitle("yaxis"));

        Dataset data = Synthetic.blobs(60, 3, 1.0, 1);
        Net net = Net.input(2).dense(3, Activation.softmax()).seed(2).build();
        JsonNode z = FigureJson.of(Plot.confusionMatrix(net, data)).traces().get(0).get("z");
        // counted here: row = true class, column = the predicted class, the largest of the three outputs
        var p = net.predict(data.xView());
        int[] labels = data.labels();
        int[][] expected = new int[3][3];
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < 3; c++) {
                best = p.get(i, c) > p.get(i, best) ? c : best;
            }
            expected[labels[i]][best]++;
        }
        assertTrue(!java.util.Arrays.deepEquals(expected, transpose(expected)),
                "asymmetric, so a transposed plot would fail: " + java.util.Arrays.deepToString(expected));
        assertEquals(3, z.size());
        for (int t = 0; t < 3; t++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[t][c], z.get(t).get(c).asInt(), "true " + t + ", predicted " + c);
            }
        }
    }

    private static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    @Test
    void lossSurface_drawsTheContourAndOnePathPerOptimizer_throughThePathPoints() {
        var surface = nnlab.optim.Surface.rosenbrock();
        var sgd = surface.path(nnlab.optim.Optimizer.sgd(0.001), -1.5, 2, 50);
        var adam = surface.path(nnlab.optim.Optimizer.adam(0.05), -1.5, 2, 50);
        FigureJson f = FigureJson.of(Plot.lossSurface(surface, Series.of("SGD", sgd, "Adam", adam)));
        assertEquals("contour", f.traces().get(0).get("type").asText());
        JsonNode a = f.trace("Adam (50 steps)");
        assertEquals(51, a.get("x").size());
        assertEquals(adam.get(50).x(), a.get("x").get(50).asDouble(), 1e-12);
        assertEquals(adam.get(50).y(), a.get("y").get(50).asDouble(), 1e-12);
        assertTrue(f.names().contains("minimum"));
    }

    @Test
    void schedules_drawEtaPerEpoch_andFit_drawsDataAndPrediction() {
        var s = Series.of("step", nnlab.optim.schedule.Schedule.step(0.1, 10, 0.5));
        FigureJson f = FigureJson.of(Plot.schedules(s, 30));
        assertEquals(0.025, f.trace("step").get("y").get(25).asDouble(), 1e-12);
        assertEquals("learning rate η", f.axisTitle("yaxis"));

        Dataset d = Synthetic.regression(40, Math::sin, -3, 3, 0.1, 1);
        Net net = Net.input(1).dense(8, Activation.tanh()).dense(1).seed(1).build();
        FigureJson r = FigureJson.of(Plot.fit(net, d));
        assertEquals(40, r.trace("data").get("x").size());
        JsonNode line = r.trace("prediction");
        double x0 = line.get("x").get(0).asDouble();
        assertEquals(net.predict(new double[][] {{x0}}).get(0, 0), line.get("y").get(0).asDouble(), 1e-12);
    }

    @Test
    void network_drawsOneLinePerWeight_coloredBySign_widthByMagnitude_andOneCirclePerUnit() {
        Net net = Net.input(2).dense(3, Activation.tanh()).dense(1, Activation.sigmoid()).seed(5).build();
        FigureJson f = FigureJson.of(Plot.network(net));
        List<JsonNode> edges = f.traces().stream().filter(t -> t.path("name").asText().endsWith("weight")).toList();
        assertEquals(2 * 3 + 3 * 1, edges.size());
        var W = net.dense(0).weights().value();
        double max = 0;
        for (var layer : net.denseLayers()) {
            for (double w : layer.weights().value().data) {
                max = Math.max(max, Math.abs(w));
            }
        }
        JsonNode first = edges.get(0); // input 0 → unit 0 of dense1
        assertEquals(W.get(0, 0) >= 0 ? "positive weight" : "negative weight", first.get("name").asText());
        assertEquals(0.5 + 5 * Math.abs(W.get(0, 0)) / max, first.path("line").path("width").asDouble(), 1e-12);
        int circles = 0;
        for (String n : List.of("inputs", "hidden layer 1", "outputs")) {
            circles += f.trace(n).get("x").size();
        }
        assertEquals(2 + 3 + 1, circles);
        assertThrows(IllegalArgumentException.class,
                () -> Plot.network(Net.input(100).dense(10, Activation.relu()).build()));
    }

    @Test
    void epochAndStepAxes_tickOnWholeNumbersOnly_atMostTenTicks() {
        FigureJson four = FigureJson.of(Plot.history(history(true, false, 1.0, 0.5, 0.3, 0.2)));
        JsonNode x = four.json().path("layout").path("xaxis");
        assertEquals("linear", x.path("tickmode").asText());
        assertEquals(0, x.path("tick0").asDouble());
        assertEquals(1, x.path("dtick").asDouble(), "4 epochs: a tick per epoch, none at 1.5");
        double[] sixty = new double[60];
        java.util.Arrays.fill(sixty, 1);
        assertEquals(10, FigureJson.of(Plot.history(history(false, false, sixty))).json().path("layout")
                .path("xaxis").path("dtick").asDouble());
        assertEquals(1, Layouts.countStep(10));
        assertEquals(2, Layouts.countStep(11));
        assertEquals(5, Layouts.countStep(45));
        assertEquals(200, Layouts.countStep(1999));
        var s = Series.of("constant", nnlab.optim.schedule.Schedule.constant(0.1));
        assertEquals(5, FigureJson.of(Plot.schedules(s, 30)).json().path("layout").path("xaxis").path("dtick").asDouble());
    }

    @Test
    void logAxes_labelDecadesAsPowersOfTen_notSiPrefixes() {
        JsonNode y = FigureJson.of(Plot.history(history(false, false, 1, 0.1, 0.01), "loss", Scale.LOG)).json()
                .path("layout").path("yaxis");
        assertEquals("log", y.path("type").asText());
        assertEquals("power", y.path("exponentformat").asText());
        assertEquals("auto", y.path("tickmode").asText(), "plotly still picks the decades");
    }

    @Test
    void network_spacesItsCirclesByTheWidestLayer() {
        Net wide = Net.input(2).dense(16, Activation.tanh()).dense(1, Activation.sigmoid()).seed(5).build();
        FigureJson f = FigureJson.of(Plot.network(wide));
        double height = f.json().path("layout").path("height").asDouble();
        double circle = f.trace("hidden layer 1").path("marker").path("size").asDouble();
        double perUnit = (height - NetworkDrawing.MARGIN) / 16;
        assertTrue(circle <= 0.5 * perUnit + 1e-9, "circle " + circle + " px in " + perUnit + " px per unit");
        assertTrue(height > 460, "a 16-unit layer gets a taller drawing: " + height);
        Net small = Net.input(2).dense(3, Activation.tanh()).dense(1, Activation.sigmoid()).seed(5).build();
        assertEquals(18, FigureJson.of(Plot.network(small)).trace("inputs").path("marker").path("size").asDouble());
    }

    @Test
    void histograms_drawOneBarTracePerDenseLayer_fractionsOfItsValues_onItsOwnSubplot() {
        Net net = Net.input(2).dense(16, Activation.relu()).dense(8, Activation.relu()).dense(1, Activation.sigmoid())
                .seed(2).build();
        Dataset data = Synthetic.moons(200, 0.1, 1);
        FigureJson f = FigureJson.of(Plot.histograms(net, data, nnlab.diagnose.LayerValues.ACTIVATIONS));
        List<JsonNode> bars = f.traces().stream().filter(t -> t.path("type").asText().equals("bar")).toList();
        assertEquals(3, bars.size());
        assertEquals(List.of("x", "x2", "x3"), bars.stream().map(b -> b.path("xaxis").asText()).toList());
        assertEquals("independent", f.json().path("layout").path("grid").path("pattern").asText());
        assertEquals("bottom plot", f.json().path("layout").path("grid").path("xside").asText());
        assertEquals(3, f.json().path("layout").path("grid").path("rows").asInt());
        double[] fractions = FigureJson.numbers(bars.get(0).get("y"));
        assertEquals(InsidePlots.HISTOGRAM_BINS, fractions.length);
        assertEquals(1, java.util.Arrays.stream(fractions).sum(), 1e-9);
        // ReLU activations: most of the mass is at 0, which falls in the first bin
        assertTrue(fractions[0] > 0.2, "a spike at 0: " + fractions[0]);
        assertTrue(bars.get(0).path("name").asText().startsWith("layer 1 (dense1): 3,200 values"),
                bars.get(0).path("name").asText());
        assertTrue(f.names().contains(bars.get(1).path("name").asText()) && f.traces().stream()
                .anyMatch(t -> t.path("mode").asText().equals("text") && t.path("yaxis").asText().equals("y2")),
                "each subplot carries its label as text");
    }

    @Test
    void histograms_ofWeights_countEveryWeight_andGradientsNeedData() {
        Net net = Net.input(3).dense(4, Activation.tanh()).dense(2, Activation.softmax()).seed(4).build();
        Map<String, double[]> w = nnlab.diagnose.LayerValues.WEIGHTS.of(net, null);
        assertEquals(List.of("dense1", "dense2"), List.copyOf(w.keySet()));
        assertEquals(12, w.get("dense1").length);
        assertArrayEquals(net.dense(0).weights().value().data, w.get("dense1"));
        Histogram h = Histogram.of(w.get("dense1"), 4);
        assertEquals(1, java.util.Arrays.stream(h.fractions()).sum(), 1e-12);
        double lo = java.util.Arrays.stream(w.get("dense1")).min().orElseThrow();
        assertEquals(lo + h.width() / 2, h.centres()[0], 1e-12);
        JsonNode few = FigureJson.of(Plot.histograms(Series.copyOf(w), "weight")).traces().get(0);
        assertEquals(10, few.get("y").size(), "12 values get the fewest bins, 10");
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plot.histograms(net, null, nnlab.diagnose.LayerValues.GRADIENTS));
        assertTrue(e.getMessage().contains("data set"), e.getMessage());
    }

    @Test
    void band_drawsTheMeanLine_andAClosedBandOfMeanPlusMinusStd() {
        double[] x = {10, 20, 30};
        double[][] valid = {{0.5, 0.7, 0.8}, {0.7, 0.7, 0.9}};
        Series<double[][]> runs = Series.of("validation", valid);
        FigureJson f = FigureJson.of(Plot.band("Learning curve", "training examples", "accuracy", x, runs));
        assertArrayEquals(new double[] {0.6, 0.7, 0.85}, FigureJson.numbers(f.trace("validation (mean of 2)").get("y")),
                1e-12);
        JsonNode band = f.trace("validation ± 1 std");
        assertEquals("toself", band.path("fill").asText());
        // upper edge left to right, then lower edge right to left
        assertArrayEquals(new double[] {10, 20, 30, 30, 20, 10}, FigureJson.numbers(band.get("x")));
        assertArrayEquals(new double[] {0.7, 0.7, 0.9, 0.8, 0.7, 0.5}, FigureJson.numbers(band.get("y")), 1e-12);
        assertEquals("training examples", f.axisTitle("xaxis"));
        assertThrows(IllegalArgumentException.class,
                () -> Plot.band("T", "x", "y", x, Series.of("short", new double[][] {{1, 2}})));
        assertEquals("log", FigureJson.of(Plot.band("T", "λ", "loss", x, runs, Scale.LOG)).axisType("xaxis"));
    }

    @Test
    void band_ofHistories_averagesAColumnPerEpochOverSeeds_countingShortRunsToTheirEnd() {
        var runs = Series.of("Adam", List.of(history(false, false, 1.0, 0.5, 0.3), history(false, false, 0.8, 0.3)));
        FigureJson f = FigureJson.of(Plot.band(runs, "loss"));
        assertArrayEquals(new double[] {0.9, 0.4, 0.3}, FigureJson.numbers(f.trace("Adam (mean of 2)").get("y")), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3}, FigureJson.numbers(f.trace("Adam (mean of 2)").get("x")));
        assertEquals(1, f.json().path("layout").path("xaxis").path("dtick").asDouble());
    }

    @Test
    void history_ofARegularizedRun_addsTheDataLossWithoutPenalty_andTakesATitle() {
        List<EpochLog> logs = List.of(new EpochLog(1, 1.0, 0.8, 0.2, 0.9, Map.of(), 0.01, Double.NaN, 0.1),
                new EpochLog(2, 0.7, 0.5, 0.2, 0.8, Map.of(), 0.01, Double.NaN, 0.1));
        FigureJson f = FigureJson.of(Plot.history(new History(logs, false, false), "loss", Scale.LOG, "L2, λ = 0.01"));
        assertEquals(List.of("training", "training data loss (without penalty)", "validation"), f.names());
        assertArrayEquals(new double[] {0.8, 0.5}, FigureJson.numbers(f.trace("training data loss (without penalty)")
                .get("y")));
        assertEquals("L2, λ = 0.01", f.title());
        assertEquals(List.of("training", "validation"), FigureJson.of(Plot.history(history(true, false, 1, 0.5)))
                .names(), "no penalty, no extra line");
    }
}
