package nnlab.regularize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegularizerTest {

    static Stream<Arguments> penalties() {
        return Stream.of(Arguments.of(Regularizer.l1(0.3)), Arguments.of(Regularizer.l2(0.7)),
                Arguments.of(Regularizer.elasticNet(0.3, 0.7)));
    }

    private static Parameter random(String name, Parameter.Kind kind, Random rnd) {
        DMatrixRMaj v = new DMatrixRMaj(3, 4);
        for (int i = 0; i < v.getNumElements(); i++) {
            // keep entries away from 0, where |w| has its kink
            double x = 0.1 + rnd.nextDouble();
            v.set(i, rnd.nextBoolean() ? x : -x);
        }
        return new Parameter(name, kind, v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("penalties")
    void addGradient_matchesCentralFiniteDifferencesOfThePenalty(Regularizer r) {
        Random rnd = new Random(11);
        Parameter w = random("w", Parameter.Kind.WEIGHT, rnd);
        List<Parameter> params = List.of(w);
        double omega = r.addGradient(params);
        assertEquals(r.penalty(params), omega, 0.0);
        double h = 1e-6;
        for (int i = 0; i < w.size(); i++) {
            double keep = w.value().get(i);
            w.value().set(i, keep + h);
            double plus = r.penalty(params);
            w.value().set(i, keep - h);
            double minus = r.penalty(params);
            w.value().set(i, keep);
            assertEquals((plus - minus) / (2 * h), w.grad().get(i), 1e-8, r + " entry " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("penalties")
    void addGradient_addsToTheDataGradientInsteadOfOverwritingIt(Regularizer r) {
        Parameter w = random("w", Parameter.Kind.WEIGHT, new Random(12));
        w.grad().set(0, 5.0);
        Parameter fresh = new Parameter("fresh", Parameter.Kind.WEIGHT, w.value().copy());
        r.addGradient(List.of(w));
        r.addGradient(List.of(fresh));
        assertEquals(5.0 + fresh.grad().get(0), w.grad().get(0), 1e-15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("penalties")
    void biasesAndFrozenParameters_areExcludedByDefault(Regularizer r) {
        Random rnd = new Random(13);
        Parameter b = random("b", Parameter.Kind.BIAS, rnd);
        Parameter frozen = random("frozen", Parameter.Kind.WEIGHT, rnd);
        frozen.setFrozen(true);
        assertEquals(0.0, r.addGradient(List.of(b, frozen)), 0.0);
        for (int i = 0; i < b.size(); i++) {
            assertEquals(0.0, b.grad().get(i), 0.0);
            assertEquals(0.0, frozen.grad().get(i), 0.0);
        }
    }

    @Test
    void penalty_usesTheDocumentedScaling() {
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 3, true, 1, -2, 0));
        // L2: (λ/2)Σw² = 0.5·0.1·(1 + 4) = 0.25; L1: λΣ|w| = 0.1·3 = 0.3
        assertEquals(0.25, Regularizer.l2(0.1).penalty(List.of(w)), 1e-16);
        assertEquals(0.3, Regularizer.l1(0.1).penalty(List.of(w)), 1e-16);
        assertEquals(0.3 + 0.25, Regularizer.elasticNet(0.1, 0.1).penalty(List.of(w)), 1e-16);
        // the subgradient at w = 0 is 0: L1 leaves a zero weight where it is
        Regularizer.l1(0.1).addGradient(List.of(w));
        assertEquals(0.0, w.grad().get(2), 0.0);
        assertEquals(-0.1, w.grad().get(1), 0.0);
    }

    @Test
    void onlyFor_restrictsToOneLayerAndIncludingBiasesAddsThem() {
        Random rnd = new Random(14);
        Parameter w1 = random("dense1.W", Parameter.Kind.WEIGHT, rnd);
        Parameter b1 = random("dense1.b", Parameter.Kind.BIAS, rnd);
        Parameter w2 = random("dense2.W", Parameter.Kind.WEIGHT, rnd);
        List<Parameter> net = List.of(w1, b1, w2);
        L2 all = Regularizer.l2(1.0);
        L2 layer1 = all.onlyFor(List.of(w1, b1));
        assertEquals(all.penalty(List.of(w1)), layer1.penalty(net), 1e-15);
        L2 layer1WithBias = layer1.includingBiases();
        assertEquals(all.penalty(List.of(w1)) + all.includingBiases().penalty(List.of(b1)),
                layer1WithBias.penalty(net), 1e-15);
        L2 byName = all.onlyFor(p -> p.name().startsWith("dense2"));
        assertEquals(all.penalty(List.of(w2)), byName.penalty(net), 1e-15);
    }

    @Test
    void strengths_rejectNegativeValuesEchoingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Regularizer.l2(-0.01));
        assertTrue(e.getMessage().contains("Received: lambda=-0.01"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Regularizer.elasticNet(0.1, Double.NaN));
        assertTrue(e.getMessage().contains("Received: lambda2=NaN"), e.getMessage());
    }

    @Test
    void weightDecay_shrinksWeightsByOneMinusEtaLambdaAndSkipsBiases() {
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 2, true, 2, -4));
        Parameter b = new Parameter("b", Parameter.Kind.BIAS, new DMatrixRMaj(1, 1, true, 3));
        new WeightDecay(0.5).apply(List.of(w, b), 0.1);
        // factor 1 − 0.1·0.5 = 0.95
        assertEquals(1.9, w.value().get(0), 1e-15);
        assertEquals(-3.8, w.value().get(1), 1e-15);
        assertEquals(3.0, b.value().get(0), 0.0);
        new WeightDecay(0.5).includingBiases().apply(List.of(b), 0.1);
        assertEquals(2.85, b.value().get(0), 1e-15);
    }

    @Test
    void maxNorm_rescalesOnlyColumnsLongerThanTheLimit() {
        // columns (3, 4) of norm 5 and (0.3, 0.4) of norm 0.5
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(2, 2, true, 3, 0.3, 4, 0.4));
        int rescaled = new MaxNorm(2).apply(List.of(w));
        assertEquals(1, rescaled);
        assertEquals(1.2, w.value().get(0, 0), 1e-15);
        assertEquals(1.6, w.value().get(1, 0), 1e-15);
        assertEquals(0.3, w.value().get(0, 1), 0.0);
        assertEquals(0.4, w.value().get(1, 1), 0.0);
    }
}
