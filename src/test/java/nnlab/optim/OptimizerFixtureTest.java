package nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nnlab.nn.Parameter;
import nnlab.regularize.Regularizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the gradients of {@code fixtures/optimizer_fixture.json} (written by
 * {@code make_optimizer_fixture.py} with torch.optim in float64) through nnlab's optimizers and
 * compares the parameter after each of the five updates.
 */
class OptimizerFixtureTest {

    private static final double TOLERANCE = 1e-12;

    private static JsonNode fixture() throws IOException {
        try (InputStream in = OptimizerFixtureTest.class.getResourceAsStream("/fixtures/optimizer_fixture.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** nnlab's counterpart of each torch call in the fixture. */
    private static Optimizer nnlabFor(String caseName) {
        return switch (caseName) {
            case "sgd", "sgd_l2" -> Optimizer.sgd(0.1);
            case "classical_momentum" -> Optimizer.classicalMomentum(0.05, 0.9);
            case "nesterov" -> Optimizer.nesterov(0.05, 0.9);
            case "adagrad" -> Optimizer.adagrad(0.1);
            case "adagrad_initial_accumulator" -> Optimizer.adagrad(0.1).initialAccumulator(0.1);
            case "rmsprop" -> Optimizer.rmsprop(0.01).rho(0.9).epsilon(1e-8);
            case "adadelta" -> Optimizer.adadelta();
            case "adam", "adam_l2" -> Optimizer.adam(0.01);
            case "adam_amsgrad" -> Optimizer.adam(0.01).amsgrad(true);
            case "adamw" -> Optimizer.adamW(0.01, 0.1);
            case "adamw_amsgrad" -> Optimizer.adamW(0.01, 0.1).amsgrad(true);
            case "nadam" -> Optimizer.nadam(0.01);
            default -> throw new IllegalArgumentException("No nnlab counterpart for fixture case " + caseName);
        };
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : fixture().get("cases")) {
            out.add(Arguments.of(c.get("name").asText()));
        }
        return out.stream();
    }

    private static DMatrixRMaj matrix(JsonNode rows) {
        DMatrixRMaj m = new DMatrixRMaj(rows.size(), rows.get(0).size());
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                m.set(i, j, rows.get(i).get(j).asDouble());
            }
        }
        return m;
    }

    /** Largest |nnlab − torch| over all five steps of one case. */
    static double maxDifference(String caseName) throws IOException {
        JsonNode fx = fixture();
        JsonNode theCase = null;
        for (JsonNode c : fx.get("cases")) {
            if (c.get("name").asText().equals(caseName)) {
                theCase = c;
            }
        }
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, matrix(fx.get("initial")));
        List<Parameter> params = List.of(w);
        Optimizer opt = nnlabFor(caseName);
        // torch's weight_decay on SGD/Adam is an L2 penalty's gradient: (λ/2)Σw² → λw
        Regularizer l2 = caseName.endsWith("_l2") ? Regularizer.l2(0.1) : null;
        opt.reset();
        double worst = 0;
        for (int t = 0; t < fx.get("gradients").size(); t++) {
            w.grad().setTo(matrix(fx.get("gradients").get(t)));
            if (l2 != null) {
                l2.addGradient(params);
            }
            opt.step(params);
            DMatrixRMaj expected = matrix(theCase.get("steps").get(t));
            for (int i = 0; i < expected.getNumElements(); i++) {
                worst = Math.max(worst, Math.abs(expected.get(i) - w.value().get(i)));
            }
        }
        return worst;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firstFiveUpdates_matchTorchOptim(String caseName) throws IOException {
        double worst = maxDifference(caseName);
        assertTrue(worst <= TOLERANCE, caseName + ": max |nnlab - torch| = " + worst);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureSteps_actuallyMoveTheParameter(String caseName) throws IOException {
        // guards against a fixture that compares a parameter with itself
        JsonNode fx = fixture();
        for (JsonNode c : fx.get("cases")) {
            if (c.get("name").asText().equals(caseName)) {
                double moved = Math.abs(c.get("steps").get(0).get(0).get(0).asDouble()
                        - fx.get("initial").get(0).get(0).asDouble());
                assertTrue(moved > 1e-4, caseName + " moved " + moved);
            }
        }
        assertEquals(14, fx.get("cases").size());
    }
}
