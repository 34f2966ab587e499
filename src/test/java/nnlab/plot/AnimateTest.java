package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.diagnose.LayerValues;
import nnlab.nn.Activation;
import nnlab.notebook.PlotlyJson;
import nnlab.optim.Optimizer;
import nnlab.optim.PathPoint;
import nnlab.optim.Surface;
import nnlab.train.Architecture;
import nnlab.train.Callback;
import nnlab.train.Net;
import nnlab.train.Snapshots;
import org.junit.jupiter.api.Test;

/**
 * The animated recipes: what their frames change, and their size at course sizes (the inputs of
 * the notebooks that use them) against {@link Animation#MAX_BYTES}.
 */
class AnimateTest {

    private static Snapshots run(Net net, Dataset data, int epochs, int every) {
        Snapshots s = Callback.snapshots(every);
        net.train(data).optimizer(Optimizer.adam(0.03)).batchSize(32).epochs(epochs).callbacks(s).run();
        return s;
    }

    private static Snapshots moonsRun(Dataset moons) {
        Net net = Net.input(2).dense(8, Activation.tanh()).dense(8, Activation.tanh())
                .dense(1, Activation.sigmoid()).seed(1).build();
        return run(net, moons, 200, 5);    // 41 snapshots: the cap of 40 frames applies
    }

    /** The figure as the notebook stores it, and its size in bytes (UTF-8 JSON). */
    private static int bytes(Animation a) {
        return PlotlyJson.toJson(a).getBytes(StandardCharsets.UTF_8).length;
    }

    private static void assertWithinBudget(String what, Animation a) {
        int size = bytes(a);
        assertTrue(size <= Animation.MAX_BYTES, what + ": " + size + " bytes > " + Animation.MAX_BYTES);
    }

    @Test
    void boundary_framesChangeTheShadingAndTitleTheEpoch_underTheBudget() {
        Dataset moons = Synthetic.moons(400, 0.2, 1);
        Snapshots s = moonsRun(moons);
        Animation a = Animate.boundary(s, moons);
        assertEquals(40, a.frameCount());
        ObjectNode json = PlotlyJson.of(a);
        JsonNode frames = json.get("frames");
        assertEquals(40, frames.size());
        assertEquals("0", frames.get(0).get("name").asText());
        assertEquals("200", frames.get(39).get("name").asText(), "the last snapshot is kept");
        assertTrue(frames.get(39).path("layout").path("title").path("text").asText().contains("epoch 200: loss "));
        assertEquals(List.of(0, 1), List.of(frames.get(5).get("traces").get(0).asInt(),
                frames.get(5).get("traces").get(1).asInt()), "heatmap and the 0.5 line move");
        assertNotEquals(frames.get(0).get("data").get(0).get("z"), frames.get(39).get("data").get(0).get("z"));
        // the data points (traces 2, 3) are not in any frame
        assertEquals(2, frames.get(20).get("traces").size());
        assertEquals("animate", json.at("/layout/sliders/0/steps/3/method").asText());
        assertEquals("▶ Play", json.at("/layout/updatemenus/0/buttons/0/label").asText());
        assertEquals(frames.get(0).at("/layout/title/text"), json.at("/layout/title/text"), "the still is frame 0");
        assertWithinBudget("boundary", a);
    }

    @Test
    void boundary_ofASoftmaxNetShadesThePredictedClass() {
        Dataset blobs = Synthetic.blobs(300, 3, 0.8, 2);
        Net net = Net.input(2).dense(8, Activation.relu()).dense(3, Activation.softmax()).seed(1).build();
        Animation a = Animate.boundary(run(net, blobs, 20, 2), blobs);
        JsonNode z = a.frames().get(10).get("data").get(0).get("z");
        assertEquals(BoundaryAnimation.GRID, z.size());
        for (JsonNode row : z) {
            for (JsonNode v : row) {
                assertTrue(v.asDouble() == 0 || v.asDouble() == 1 || v.asDouble() == 2, "a class: " + v);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Animate.boundary(Callback.snapshots(1), blobs));
    }

    @Test
    void race_pathsGrowStepByStep_headsMove_underTheBudget() {
        Surface banana = Surface.rosenbrock();
        var optimizers = Series.of("GD", Optimizer.sgd(0.001), "momentum", Optimizer.classicalMomentum(0.001, 0.9),
                "Nesterov", Optimizer.nesterov(0.001, 0.9), "Adagrad", Optimizer.adagrad(0.5),
                "RMSprop", Optimizer.rmsprop(0.01), "Adadelta", Optimizer.adadelta()).and("Adam", Optimizer.adam(0.1));
        Series<List<PathPoint>> paths = optimizers.map(o -> banana.path(o, -1.2, 1.0, 1500));
        Animation a = Animate.race(banana, paths);
        assertTrue(a.frameCount() <= PathAnimation.MAX_FRAMES);
        assertEquals("1500", a.frameNames().get(a.frameCount() - 1));
        JsonNode frames = a.frames();
        int adamLine = frames.get(0).get("traces").get(12).asInt();    // 7th path's line
        assertEquals("Adam", ((JsonTrace) a.getTraces()[adamLine]).name());
        assertEquals(1, frames.get(0).get("data").get(12).get("x").size(), "frame 0: the start only");
        assertTrue(frames.get(30).get("data").get(12).get("x").size() > 3, "later frames: the path so far");
        PathPoint end = paths.get("Adam").get(1500);
        assertEquals(end.x(), frames.get(a.frameCount() - 1).get("data").get(13).get("x").get(0).asDouble(),
                1e-3 * Math.abs(end.x()) + 1e-9, "the head of the last frame is the last step");
        assertWithinBudget("race", a);
    }

    @Test
    void histograms_ofGradientsShareOneLogAxis_andShowVanishingGradients() {
        Dataset data = Synthetic.moons(1000, 0.2, 3);
        Architecture deep = Net.input(2);
        for (int i = 0; i < 8; i++) {
            deep.dense(16, Activation.sigmoid());
        }
        Net net = deep.dense(1, Activation.sigmoid()).seed(1).build();
        Snapshots s = Callback.snapshots(2);
        net.train(data).optimizer(Optimizer.sgd(0.5)).batchSize(64).epochs(20).callbacks(s).run();
        Animation a = Animate.histograms(s, data, LayerValues.GRADIENTS);
        ObjectNode json = PlotlyJson.of(a);
        assertEquals(json.at("/layout/xaxis/range"), json.at("/layout/xaxis9/range"), "one x range for every layer");
        assertEquals("log₁₀ |∂L/∂w|", json.at("/layout/xaxis9/title").asText());
        // in frame 0 the first layer's gradient mass sits left (smaller) of the last layer's
        JsonNode frame = a.frames().get(0).get("data");
        double[] x = FigureJson.numbers(json.get("data").get(0).get("x"));
        assertTrue(mean(x, FigureJson.numbers(frame.get(0).get("y"))) < mean(x, FigureJson.numbers(frame.get(16).get("y"))) - 1,
                "layer 1 at least 10× smaller than layer 9");
        assertTrue(frame.get(1).get("text").get(0).asText().startsWith("layer 1 (dense1): median |∂L/∂w| "));
        assertWithinBudget("histograms", a);
    }

    private static double mean(double[] x, double[] fractions) {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m += x[i] * fractions[i];
        }
        return m;
    }

    @Test
    void network_linesTakeEachSnapshotsWidthsAndColours_underTheBudget() {
        Dataset moons = Synthetic.moons(400, 0.2, 1);
        Snapshots s = moonsRun(moons);
        Animation a = Animate.network(s);
        assertEquals(NetworkAnimation.MAX_FRAMES, a.frameCount());
        JsonNode first = a.frames().get(0);
        int weights = 2 * 8 + 8 * 8 + 8;
        assertEquals(weights, first.get("traces").size());
        double w = s.get(0).net().dense(0).weights().value().get(0, 0);
        assertEquals(NetworkDrawing.edgeColor(w), first.get("data").get(0).at("/line/color").asText());
        JsonNode last = a.frames().get(a.frameCount() - 1);
        assertNotEquals(first.get("data").get(0).at("/line/width"), last.get("data").get(0).at("/line/width"));
        assertWithinBudget("network", a);
        Net big = Net.input(30).dense(30, Activation.relu()).dense(1).build();
        Snapshots bigRun = Callback.snapshots(1);
        bigRun.onTrainBegin(big, Optimizer.sgd(0.1));
        assertThrows(IllegalArgumentException.class, () -> Animate.network(bigRun));
    }

    @Test
    void roc_pointSlidesFromTheOriginToTheTopRight() {
        Random rng = new Random(4);
        int n = 569;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextDouble() < 0.63 ? 1 : 0;
            scores[i] = 1 / (1 + Math.exp(-(2 * labels[i] - 1 + rng.nextGaussian())));
        }
        Animation a = Animate.roc(scores, labels);
        assertEquals(RocAnimation.STEPS + 1, a.frameCount());
        JsonNode frames = a.frames();
        assertEquals(0, frames.get(0).at("/data/0/x/0").asDouble(), 1e-9);
        assertEquals(1, frames.get(RocAnimation.STEPS).at("/data/0/y/0").asDouble(), 1e-9);
        double prev = -1;
        for (JsonNode f : frames) {
            double tpr = f.at("/data/0/y/0").asDouble();
            assertTrue(tpr >= prev, "TPR never falls as the threshold falls");
            prev = tpr;
        }
        assertTrue(frames.get(20).at("/layout/title/text").asText().contains("<br>threshold 0.500: TPR "));
        assertTrue(PlotlyJson.of(a).at("/layout/title/text").asText().contains("<br>"), "a line break, not \"&lt;br&gt;\"");
        assertWithinBudget("roc", a);
    }

    @Test
    void round_keepsSignificantDigits() {
        assertEquals(0.123, Animation.round(0.123456, 3));
        assertEquals(-1.23e-7, Animation.round(-1.23456e-7, 3));
        assertEquals(12300.0, Animation.round(12345.6, 3));
        assertEquals(List.of(0, 2, 4), List.of(Animation.spread(5, 3)[0], Animation.spread(5, 3)[1],
                Animation.spread(5, 3)[2]));
    }

    @Test
    void recipesNameAMissingRecording() {
        Dataset moons = Synthetic.moons(50, 0.2, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> Animate.boundary(Callback.snapshots(1), moons));
        assertTrue(e.getMessage().contains("Received: 0 snapshots"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Animate.network(null));
    }
}
