package nnlab.diagnose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.optim.Optimizer;
import nnlab.train.Architecture;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;

class LayerStatisticsTest {

    @Test
    void records_theFirstBatchAndEveryKth_forEachDenseLayer() {
        Net net = Net.input(2).dense(8, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
        var stats = LayerStatistics.every(3);
        net.train(Synthetic.moons(100, 0.1, 1)).batchSize(10).epochs(1).callbacks(stats).run();
        assertArrayEquals(new double[] {1, 3, 6, 9}, stats.steps());
        assertEquals(List.of("dense1", "dense2"), stats.layers());
        assertEquals(8, stats.samples().size());
    }

    @Test
    void updateRatio_ofPlainSgd_isEtaTimesGradientNormOverWeightNorm() {
        // SGD with no momentum: ΔW = −η ∂L/∂W exactly, so ‖ΔW‖/‖W‖ = η‖g‖/‖W‖
        double eta = 0.05;
        Net net = Net.input(2).dense(6, Activation.relu()).dense(1, Activation.sigmoid()).init(Init.heNormal()).seed(2).build();
        var stats = LayerStatistics.every(2);
        net.train(Synthetic.moons(64, 0.1, 1)).optimizer(Optimizer.sgd(eta)).batchSize(16).epochs(2).callbacks(stats).run();
        for (var s : stats.samples()) {
            assertEquals(eta * s.gradientNorm() / s.weightNorm(), s.updateRatio(), 1e-9 * (1 + s.updateRatio()),
                    "step " + s.step() + " " + s.layer());
        }
    }

    @Test
    void activationStatistics_matchTheBatchActivations() {
        // full batch, one step: the recorded activations are those of the training forward pass
        Dataset data = Synthetic.moons(40, 0.1, 3);
        Net probe = Net.input(2).dense(5, Activation.tanh()).dense(1, Activation.sigmoid()).seed(4).build();
        probe.forward(data.xView(), true);
        var a = probe.lastOutput(1);
        double mean = java.util.Arrays.stream(a.data, 0, a.getNumElements()).average().orElseThrow();

        Net net = Net.input(2).dense(5, Activation.tanh()).dense(1, Activation.sigmoid()).seed(4).build();
        var stats = LayerStatistics.every(1);
        net.train(data).fullBatch().shuffle(false).epochs(1).callbacks(stats).run();
        assertEquals(mean, stats.samples().get(0).activationMean(), 1e-12);
    }

    @Test
    void deepSigmoidNet_hasFarSmallerGradientsNearTheInput_thanReluWithHe() {
        Dataset data = Synthetic.moons(200, 0.1, 5);
        Architecture sig = Net.input(2);
        Architecture relu = Net.input(2);
        for (int i = 0; i < 8; i++) {
            sig.dense(32, Activation.sigmoid());
            relu.dense(32, Activation.relu());
        }
        var s = LayerStatistics.every(5);
        var r = LayerStatistics.every(5);
        sig.dense(1, Activation.sigmoid()).init(Init.xavierFanIn()).seed(1).build().train(data).batchSize(50).epochs(1)
                .callbacks(s).run();
        relu.dense(1, Activation.sigmoid()).init(Init.heNormal()).seed(1).build().train(data).batchSize(50).epochs(1)
                .callbacks(r).run();
        assertTrue(s.gradientRatioLastToFirst() > 100, "sigmoid: " + s.gradientRatioLastToFirst());
        assertTrue(r.gradientRatioLastToFirst() < 30, "relu+He: " + r.gradientRatioLastToFirst());
    }

    @Test
    void residualBlocks_haveTheirInnerDenseLayersRecorded_withTheGradientOfThatStep() {
        // full batch, no shuffling: the first recorded step's gradient is the one of the whole data at the seed
        Dataset data = Synthetic.moons(30, 0.1, 2);
        Architecture arch = Net.input(2).dense(4, Activation.tanh()).residual(2, Activation.tanh())
                .dense(1, Activation.sigmoid()).seed(3);
        var stats = LayerStatistics.every(1);
        arch.build().train(data).fullBatch().shuffle(false).epochs(1).callbacks(stats).run();
        assertEquals(List.of("dense1", "dense2", "dense3", "dense4"), stats.layers());

        Net probe = arch.build();
        probe.computeGradients(data.xView(), data.yView(), probe.defaultLoss());
        var inner = (Dense) ((nnlab.nn.Residual) probe.layer(2)).layers().get(2);
        double[] g = inner.weights().grad().data;
        double norm = Math.sqrt(java.util.Arrays.stream(g, 0, inner.weights().size()).map(v -> v * v).sum());
        var recorded = stats.samples().stream().filter(x -> x.layer().equals("dense3")).findFirst().orElseThrow();
        assertEquals(norm, recorded.gradientNorm(), 1e-12 * norm);
        assertEquals(3, recorded.depth());
    }

    @Test
    void unitHealth_findsDeadReluUnits_andIdenticalUnits_inPlainWords() {
        Dataset data = Synthetic.moons(50, 0.1, 1);
        Net net = Net.input(2).dense(4, Activation.relu()).dense(1, Activation.sigmoid()).init(Init.heNormal()).seed(1).build();
        // with this seed every unit is alive on the data, counted by hand: some example has z = x·W_j + b_j > 0
        assertEquals(0, deadByHand(net.dense(0), data));
        var fresh = UnitHealth.check(net, data);
        assertEquals(0, fresh.deadUnits(), fresh::toString);
        assertTrue(fresh.healthy(), fresh::toString);
        net.dense(0).bias().value().set(0, 2, -100);
        assertEquals(1, deadByHand(net.dense(0), data));
        var one = UnitHealth.check(net, data);
        assertEquals(1, one.deadUnits(), one::toString);
        assertTrue(one.toString().contains("relu1: 1 of 4 units"), one.toString());
        net.dense(0).bias().value().fill(-100);
        var report = UnitHealth.check(net, data);
        assertEquals(4, report.deadUnits());
        assertTrue(report.toString().contains("relu1: 4 of 4 units"), report.toString());

        Net flat = Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).init(Init.constant(0.1)).build();
        flat.train(data).epochs(2).run();
        var sym = UnitHealth.check(flat, data);
        assertEquals(List.of("dense1"), sym.symmetricLayers());
        assertTrue(sym.toString().contains("symmetry"), sym.toString());
    }

    /** Units j of {@code dense} with x_i·W_j + b_j ≤ 0 for every row i of the data. */
    private static int deadByHand(Dense dense, Dataset data) {
        var W = dense.weights().value();
        var b = dense.bias().value();
        var x = data.xView();
        int dead = 0;
        for (int j = 0; j < W.numCols; j++) {
            boolean alive = false;
            for (int i = 0; i < x.numRows && !alive; i++) {
                double z = b.get(0, j);
                for (int k = 0; k < x.numCols; k++) {
                    z += x.get(i, k) * W.get(k, j);
                }
                alive = z > 0;
            }
            dead += alive ? 0 : 1;
        }
        return dead;
    }
}
