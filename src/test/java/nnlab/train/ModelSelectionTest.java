package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ModelSelectionTest {

    @Test
    void scores_haveTheMeanAndSampleStandardDeviation() {
        CrossValidation.Scores s = new CrossValidation.Scores(new double[] {1, 2, 3, 4});
        assertEquals(2.5, s.mean(), 1e-15);
        assertEquals(Math.sqrt(5 / 3.0), s.std(), 1e-15); // Σ(x − 2.5)² = 5, over k − 1 = 3
        assertEquals(1, s.min());
        assertEquals(4, s.max());
        assertEquals("2.500 ± 1.291 over 4 folds (1.000, 2.000, 3.000, 4.000)", s.toString());
    }

    @Test
    void kFold_scoresEachFoldOnce_onExamplesItDidNotTrainOn() {
        Dataset data = Synthetic.moons(50, 0.1, 3);
        List<Integer> sizes = new ArrayList<>();
        CrossValidation.Scores s = CrossValidation.kFold(data, 5, 1, fold -> {
            sizes.add(fold.second().size());
            return fold.second().size() + fold.first().size();
        });
        assertEquals(List.of(10, 10, 10, 10, 10), sizes);
        assertArrayEquals(new double[] {50, 50, 50, 50, 50}, s.values());
        IllegalStateException nan = assertThrows(IllegalStateException.class,
                () -> CrossValidation.kFold(data, 5, 1, fold -> Double.NaN));
        assertTrue(nan.getMessage().contains("Fold 1 of 5"), nan.getMessage());
    }

    @Test
    void kFold_ofARealNet_givesAccuraciesOnTheHeldOutFolds() {
        Dataset data = Synthetic.moons(200, 0.1, 3);
        List<Double> counted = new ArrayList<>();
        CrossValidation.Scores s = CrossValidation.kFold(data, 4, 1, fold -> {
            Net net = Net.input(2).dense(16, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
            net.train(fold.first()).optimizer(Optimizer.adam(0.05)).epochs(60).run();
            // held out: no example of the scored fold was trained on (moons points are distinct)
            Set<List<Double>> trained = new HashSet<>();
            for (int i = 0; i < fold.first().size(); i++) {
                trained.add(List.of(fold.first().xView().get(i, 0), fold.first().xView().get(i, 1)));
            }
            // accuracy counted by hand on the held-out fold: ŷ ≥ 0.5 means class 1
            DMatrixRMaj p = net.predict(fold.second().xView());
            int[] labels = fold.second().labels();
            int correct = 0;
            for (int i = 0; i < labels.length; i++) {
                assertFalse(trained.contains(List.of(fold.second().xView().get(i, 0), fold.second().xView().get(i, 1))));
                correct += (p.get(i, 0) >= 0.5 ? 1 : 0) == labels[i] ? 1 : 0;
            }
            counted.add(correct / (double) labels.length);
            return net.evaluate(fold.second()).metric("accuracy");
        });
        assertArrayEquals(counted.stream().mapToDouble(Double::doubleValue).toArray(), s.values(), 0.0);
        assertTrue(s.min() > 0.85, s.toString());
    }

    @Test
    void learningCurve_trainsOnNestedSubsetsOfEachSize_andScoresBothSets() {
        Dataset pool = Synthetic.moons(120, 0.1, 4);
        Dataset valid = Synthetic.moons(60, 0.1, 5);
        List<String> seen = new ArrayList<>();
        LearningCurve lc = LearningCurve.of(pool, valid, new int[] {10, 40, 120}, 2, "loss", (subset, r) -> {
            seen.add(r + ":" + subset.size());
            Net net = Net.input(2).dense(8, Activation.tanh()).dense(1, Activation.sigmoid()).seed(r).build();
            net.train(subset).optimizer(Optimizer.adam(0.05)).epochs(30).run();
            return net;
        });
        assertEquals(List.of("0:10", "0:40", "0:120", "1:10", "1:40", "1:120"), seen);
        assertArrayEquals(new double[] {10, 40, 120}, lc.sizes());
        assertEquals(2, lc.training().length);
        assertEquals(3, lc.validation()[1].length);
        assertEquals("loss", lc.score());
        // each entry is the loss the net reports on that set: check one against a direct evaluation
        Net again = Net.input(2).dense(8, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
        Dataset last = pool.shuffled(1).rows(java.util.stream.IntStream.range(0, 120).toArray());
        again.train(last).optimizer(Optimizer.adam(0.05)).epochs(30).run();
        assertEquals(again.evaluate(valid).loss(), lc.validation()[1][2], 1e-12);
        assertEquals((lc.validation()[0][0] + lc.validation()[1][0]) / 2, lc.meanValidation()[0], 1e-15);
    }

    @Test
    void learningCurve_badSizes_areNamed() {
        Dataset pool = Synthetic.moons(20, 0.1, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LearningCurve.of(pool, pool, new int[] {5, 30}, 1, "loss", (d, r) -> null));
        assertTrue(e.getMessage().contains("30") && e.getMessage().contains("20"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LearningCurve.of(pool, pool, new int[] {5}, 0, "loss", (d, r) -> null));
    }

    @Test
    void learningCurveStd_isThePopulationSpreadOverRepeats() {
        // hand-computed: repeats 0.8 and 0.6 at size 10 give mean 0.7 and spread 0.1; 0.9 twice gives 0
        LearningCurve lc = new LearningCurve("accuracy", new double[] {10, 20},
                new double[][] {{1, 1}, {1, 1}}, new double[][] {{0.8, 0.9}, {0.6, 0.9}});
        assertArrayEquals(new double[] {0.7, 0.9}, lc.meanValidation(), 1e-12);
        assertArrayEquals(new double[] {0.1, 0}, lc.stdValidation(), 1e-12);
    }
}
