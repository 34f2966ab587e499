package nnlab.diagnose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class BiasVarianceTest {

    /** A model that predicts the mean of its training targets everywhere. */
    private static UnaryOperator<DMatrixRMaj> meanOf(Dataset set) {
        double m = Arrays.stream(set.yView().data, 0, set.size()).average().orElseThrow();
        return x -> {
            DMatrixRMaj p = new DMatrixRMaj(x.numRows, 1);
            p.fill(m);
            return p;
        };
    }

    @Test
    void meanEstimator_matchesItsClosedForm() {
        // y = x + ε, x ~ U[0, 1], ε ~ N(0, σ²); h_S = ȳ. E_S[ȳ] = 1/2, so bias²(x) = (1/2 − x)²,
        // and Var_S[ȳ] = (Var x + σ²) / n = (1/12 + σ²) / n at every point.
        int n = 10;
        double sigma = 0.5;
        Dataset truth = Synthetic.regression(40, x -> x, 0, 1, 0, 99);
        var e = BiasVariance.of(s -> Synthetic.regression(n, x -> x, 0, 1, sigma, s), truth).sets(4000).noise(sigma)
                .estimateModel((set, s) -> meanOf(set));
        double bias2 = Arrays.stream(truth.yView().data).map(x -> (0.5 - x) * (0.5 - x)).average().orElseThrow();
        double variance = (1.0 / 12 + sigma * sigma) / n;
        assertEquals(bias2, e.bias2(), 0.004, "bias²");
        assertEquals(variance, e.variance(), 0.08 * variance, "variance");
        assertEquals(e.bias2() + e.variance() + 0.25, e.expectedError(), 1e-12);
    }

    @Test
    void aModelThatIgnoresItsData_hasNoVariance_andItsWholeErrorIsBias() {
        Dataset truth = Synthetic.regression(30, Math::sin, 0, 3, 0, 5);
        var e = BiasVariance.of(s -> Synthetic.regression(8, Math::sin, 0, 3, 0.2, s), truth).sets(5)
                .estimateModel((set, s) -> x -> new DMatrixRMaj(x.numRows, 1));   // h(x) = 0
        double sumSquares = Arrays.stream(truth.yView().data).map(y -> y * y).average().orElseThrow();
        assertEquals(0.0, e.variance(), 0.0);
        assertEquals(sumSquares, e.bias2(), 1e-12);
    }

    @Test
    void biasSquaredPlusVariance_isExactlyTheMeanSquaredErrorAgainstTheTruth_forTrainedNets() {
        Dataset truth = Synthetic.regression(25, Math::sin, 0, 6, 0, 3);
        var bv = BiasVariance.of(s -> Synthetic.regression(12, Math::sin, 0, 6, 0.3, s), truth).sets(4).seed(7);
        var e = bv.estimate(Net.input(1).dense(4, Activation.tanh()).dense(1),
                t -> t.optimizer(Optimizer.adam(0.05)).fullBatch().epochs(50));
        assertEquals(e.meanSquaredError(), e.bias2() + e.variance(), 1e-12);
        assertTrue(e.variance() > 0, "different sets give different nets");
        // the same sets and seeds give the same nets: a second estimate repeats the first exactly
        var again = bv.estimate(Net.input(1).dense(4, Activation.tanh()).dense(1),
                t -> t.optimizer(Optimizer.adam(0.05)).fullBatch().epochs(50));
        assertArrayEquals(e.predictions()[3], again.predictions()[3], 0.0);
    }

    @Test
    void pointVariance_isThePopulationVarianceOverSets() {
        // three "models" predicting 1, 2, 6 at both points: mean 3, variance (4 + 1 + 9) / 3
        double[][] p = {{1, 1}, {2, 2}, {6, 6}};
        var e = new BiasVariance.Estimate(new DMatrixRMaj(2, 1), new double[] {3, 0}, p, 0);
        assertArrayEquals(new double[] {3, 3}, e.meanPrediction(), 1e-15);
        assertEquals(14.0 / 3, e.variance(), 1e-12);
        assertEquals((0 + 9) / 2.0, e.bias2(), 1e-12);
    }
}
