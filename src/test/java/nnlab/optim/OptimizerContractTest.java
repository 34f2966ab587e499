package nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nnlab.nn.Parameter;
import nnlab.regularize.GradientClipping;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Behaviour every optimizer shares, checked on each of them. */
class OptimizerContractTest {

    static Stream<Arguments> optimizers() {
        return Stream.<Supplier<AbstractOptimizer<?>>>of(
                () -> Optimizer.sgd(0.05),
                () -> Optimizer.momentum(0.05, 0.9),
                () -> Optimizer.classicalMomentum(0.01, 0.9),
                () -> Optimizer.nesterov(0.01, 0.9),
                () -> Optimizer.adagrad(0.1),
                () -> Optimizer.rmsprop(0.01),
                Optimizer::adadelta,
                () -> Optimizer.adam(0.05),
                () -> Optimizer.adam(0.05).amsgrad(true),
                () -> Optimizer.adamW(0.05, 0.01),
                () -> Optimizer.nadam(0.05))
                .map(s -> Arguments.of(s.get().toString(), s));
    }

    private static Parameter randomParameter(String name, Parameter.Kind kind, Random rnd) {
        DMatrixRMaj v = new DMatrixRMaj(3, 4);
        for (int i = 0; i < v.getNumElements(); i++) {
            v.set(i, rnd.nextGaussian());
        }
        return new Parameter(name, kind, v);
    }

    /** Ten steps of f = ½Σw² (gradient w) with some noise from a seeded generator. */
    private static double[] train(AbstractOptimizer<?> opt, long seed) {
        Random rnd = new Random(seed);
        Parameter w = randomParameter("w", Parameter.Kind.WEIGHT, new Random(1));
        Parameter b = randomParameter("b", Parameter.Kind.BIAS, new Random(2));
        opt.reset();
        for (int t = 0; t < 10; t++) {
            for (Parameter p : List.of(w, b)) {
                for (int i = 0; i < p.size(); i++) {
                    p.grad().set(i, p.value().get(i) + 0.01 * rnd.nextGaussian());
                }
            }
            opt.step(List.of(w, b));
        }
        double[] out = new double[w.size() + b.size()];
        System.arraycopy(w.value().data, 0, out, 0, w.size());
        System.arraycopy(b.value().data, 0, out, w.size(), b.size());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void reset_givesFreshStateSoARunRepeatsBitForBit(String name, Supplier<AbstractOptimizer<?>> make) {
        AbstractOptimizer<?> opt = make.get();
        double[] first = train(opt, 7);
        double[] second = train(opt, 7);
        assertArrayEquals(first, second, 0.0);
        assertArrayEquals(first, train(make.get(), 7), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void step_lowersAQuadraticAndSkipsFrozenParameters(String name, Supplier<AbstractOptimizer<?>> make) {
        Random rnd = new Random(3);
        Parameter w = randomParameter("w", Parameter.Kind.WEIGHT, rnd);
        Parameter frozen = randomParameter("frozen", Parameter.Kind.WEIGHT, rnd);
        frozen.setFrozen(true);
        DMatrixRMaj frozenBefore = frozen.value().copy();
        double before = sumOfSquares(w);
        AbstractOptimizer<?> opt = make.get();
        for (int t = 0; t < 20; t++) {
            w.grad().setTo(w.value());
            frozen.grad().setTo(frozen.value());
            opt.step(List.of(w, frozen));
        }
        assertTrue(sumOfSquares(w) < before, name + " did not descend");
        assertArrayEquals(frozenBefore.data, frozen.value().data, 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void step_allocatesNothingOnceStateExists(String name, Supplier<AbstractOptimizer<?>> make) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Random rnd = new Random(4);
        Parameter w = randomParameter("w", Parameter.Kind.WEIGHT, rnd);
        Parameter b = randomParameter("b", Parameter.Kind.BIAS, rnd);
        List<Parameter> params = List.of(w, b);
        AbstractOptimizer<?> opt = make.get().clipGradients(GradientClipping.byGlobalNorm(1.0)).maxNorm(3.0);
        opt.step(params);
        long tid = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(tid);
        for (int t = 0; t < 2000; t++) {
            opt.step(params);
        }
        long allocated = bean.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 2000, name + " allocated " + allocated + " bytes in 2000 steps");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void toString_printsTheEffectiveLearningRate(String name, Supplier<AbstractOptimizer<?>> make) {
        AbstractOptimizer<?> opt = make.get();
        opt.setLearningRate(0.125);
        assertTrue(opt.toString().contains("learningRate=0.125"), opt.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void setLearningRate_rejectsNegativeAndNaNNamingTheValue(String name, Supplier<AbstractOptimizer<?>> make) {
        AbstractOptimizer<?> opt = make.get();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> opt.setLearningRate(-0.1));
        assertTrue(e.getMessage().contains("Received: learningRate=-0.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> opt.setLearningRate(Double.NaN));
    }

    @Test
    void hyperparameterSetters_rejectOutOfRangeValuesEchoingThem() {
        assertMessage(() -> Optimizer.adam(0.001).beta1(1.5), "Received: beta1=1.5");
        assertMessage(() -> Optimizer.adam(0.001).beta2(-0.1), "Received: beta2=-0.1");
        assertMessage(() -> Optimizer.adam(0.001).epsilon(0), "Received: epsilon=0.0");
        assertMessage(() -> Optimizer.momentum(0.1, 1.0), "Received: beta=1.0");
        assertMessage(() -> Optimizer.classicalMomentum(0.1, 1.2), "Received: momentum=1.2");
        assertMessage(() -> Optimizer.nesterov(0.1, -0.5), "Received: momentum=-0.5");
        assertMessage(() -> Optimizer.rmsprop(0.01).rho(1), "Received: rho=1.0");
        assertMessage(() -> Optimizer.adadelta().epsilon(-1e-6), "Received: epsilon=-1.0E-6");
        assertMessage(() -> Optimizer.adagrad(0.01).initialAccumulator(-1), "Received: initialAccumulator=-1.0");
        assertMessage(() -> Optimizer.nadam(0.002).momentumDecay(Double.NaN), "Received: momentumDecay=NaN");
        assertMessage(() -> Optimizer.adamW(0.001, -0.01), "Received: weightDecay=-0.01");
        assertMessage(() -> Optimizer.sgd(Double.POSITIVE_INFINITY), "Received: learningRate=Infinity");
    }

    private static void assertMessage(Runnable r, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void toString_showsEveryEffectiveHyperparameter() {
        assertEquals("Adam(learningRate=0.001, beta1=0.9, beta2=0.999, epsilon=1.0E-8, amsgrad=false)",
                Optimizer.adam(0.001).toString());
        assertEquals("AdamW(learningRate=0.001, beta1=0.9, beta2=0.999, epsilon=1.0E-8, amsgrad=false, weightDecay=0.01)",
                new AdamW().toString());
        assertEquals("Adadelta(learningRate=1.0, rho=0.95, epsilon=1.0E-6)", Optimizer.adadelta().toString());
        assertEquals("SGD(learningRate=0.1, clipping=GradientClipping.byValue(maxValue=0.5), maxNorm=3.0)",
                Optimizer.sgd(0.1).clipGradients(GradientClipping.byValue(0.5)).maxNorm(3).toString());
    }

    @Test
    void weightDecay_leavesBiasesAlone() {
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 1, true, 1.0));
        Parameter b = new Parameter("b", Parameter.Kind.BIAS, new DMatrixRMaj(1, 1, true, 1.0));
        Optimizer.sgd(0.1).weightDecay(0.5).step(List.of(w, b));
        assertEquals(1 - 0.1 * 0.5, w.value().get(0), 1e-15);
        assertEquals(1.0, b.value().get(0), 0.0);
    }

    @Test
    void clipGradients_runsBeforeTheUpdate() {
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 2, true, 0.0, 0.0));
        w.grad().set(0, 30);
        w.grad().set(1, 40);
        GradientClipping clip = GradientClipping.byGlobalNorm(5);
        Optimizer.sgd(1.0).clipGradients(clip).step(List.of(w));
        // g = (30, 40), ‖g‖ = 50 → (3, 4)
        assertEquals(-3, w.value().get(0), 1e-14);
        assertEquals(-4, w.value().get(1), 1e-14);
        assertEquals(50, clip.lastNorm(), 1e-12);
    }

    @Test
    void maxNorm_constrainsColumnsAfterTheUpdate() {
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(2, 1, true, 0.0, 0.0));
        w.grad().set(0, -30);
        w.grad().set(1, -40);
        Optimizer.sgd(1.0).maxNorm(1.0).step(List.of(w));
        assertEquals(0.6, w.value().get(0), 1e-15);
        assertEquals(0.8, w.value().get(1), 1e-15);
    }

    private static double sumOfSquares(Parameter p) {
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += p.value().get(i) * p.value().get(i);
        }
        return s;
    }
}
