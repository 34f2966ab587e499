package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.loss.Loss;
import nnlab.nn.Activation;
import nnlab.nn.Parameter;
import nnlab.optim.Optimizer;
import nnlab.regularize.Regularizer;
import org.junit.jupiter.api.Test;

class RegularizationInTrainingTest {

    private static final Dataset MOONS = Synthetic.moons(80, 0.25, 7);

    private static Net net() {
        return Net.input(2).dense(8, Activation.relu()).dense(1, Activation.sigmoid()).seed(4).build();
    }

    private static double sumOverWeights(Net net, java.util.function.DoubleUnaryOperator f) {
        double s = 0;
        for (Parameter p : net.parameters()) {
            if (p.kind() == Parameter.Kind.WEIGHT) {
                for (int i = 0; i < p.size(); i++) {
                    s += f.applyAsDouble(p.value().data[i]);
                }
            }
        }
        return s;
    }

    @Test
    void recordedPenalty_isTheClosedFormOnTheFinalWeights_andLossesAddUp() {
        double l1 = 1e-3;
        double l2 = 2e-2;
        Net net = net();
        History h = net.train(MOONS).optimizer(Optimizer.sgd(0.2)).batchSize(16).epochs(15)
                .regularizer(Regularizer.l1(l1), Regularizer.l2(l2)).run();
        // Ω = λ₁Σ|w| + (λ₂/2)Σw² over weights only (biases excluded)
        double omega = l1 * sumOverWeights(net, Math::abs) + l2 / 2 * sumOverWeights(net, w -> w * w);
        assertEquals(omega, h.last().penalty(), 1e-12 * omega);
        for (EpochLog e : h.epochs()) {
            assertTrue(e.penalty() > 0);
            assertEquals(e.dataLoss() + e.penalty(), e.trainLoss(), 0.0, "epoch " + e.epoch());
        }
        assertArrayEquals(h.column("penalty"), h.penalty(), 0.0);
    }

    @Test
    void oneFullBatchStep_isGradientDescentOnDataLossPlusPenalty() {
        double lambda = 0.1;
        double eta = 0.5;
        Net reference = net();
        List<Parameter> ps = reference.parameters();
        reference.computeGradients(MOONS.xView(), MOONS.yView(), Loss.binaryCrossEntropy(), null);
        double[][] expected = new double[ps.size()][];
        for (int k = 0; k < ps.size(); k++) {
            Parameter p = ps.get(k);
            expected[k] = new double[p.size()];
            boolean weight = p.kind() == Parameter.Kind.WEIGHT;
            for (int i = 0; i < p.size(); i++) {
                double w = p.value().data[i];
                // w := w − η(∂L/∂w + λw), biases without the λw term
                expected[k][i] = w - eta * (p.grad().data[i] + (weight ? lambda * w : 0));
            }
        }
        Net trained = net();
        trained.train(MOONS).optimizer(Optimizer.sgd(eta)).fullBatch().shuffle(false).epochs(1)
                .regularizer(Regularizer.l2(lambda)).run();
        for (int k = 0; k < ps.size(); k++) {
            assertArrayEquals(expected[k], trained.parameters().get(k).value().data, 1e-14, ps.get(k).name());
        }
    }

    @Test
    void l2_shrinksTheWeightsComparedWithNoPenalty() {
        Net plain = net();
        Net decayed = net();
        plain.train(MOONS).optimizer(Optimizer.sgd(0.2)).epochs(30).run();
        History h = decayed.train(MOONS).optimizer(Optimizer.sgd(0.2)).epochs(30).regularizer(Regularizer.l2(0.05)).run();
        assertTrue(sumOverWeights(decayed, w -> w * w) < 0.8 * sumOverWeights(plain, w -> w * w));
        assertTrue(h.toString().contains("penalty"), "the history table shows the penalty column");
    }

    @Test
    void proximalL1_setsAShareOfWeightsToExactlyZero_subgradientL1DoesNot() {
        Net prox = net();
        Net sub = net();
        prox.train(MOONS).optimizer(Optimizer.sgd(0.2)).epochs(60).regularizer(Regularizer.l1(0.01).proximal()).run();
        sub.train(MOONS).optimizer(Optimizer.sgd(0.2)).epochs(60).regularizer(Regularizer.l1(0.01)).run();
        assertTrue(sumOverWeights(prox, w -> w == 0 ? 1 : 0) >= 4, "exact zeros among the 24 weights");
        assertEquals(0, sumOverWeights(sub, w -> w == 0 ? 1 : 0), 0.0);
    }
}
