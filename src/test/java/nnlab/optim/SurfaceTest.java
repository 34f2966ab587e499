package nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The 2-D test functions, and the claims notebook 05 makes about optimizer paths on them. */
class SurfaceTest {

    static Stream<Arguments> surfaces() {
        return Stream.of(Surface.bowl(), Surface.illConditioned(10), Surface.rosenbrock(), Surface.beale(),
                Surface.saddle()).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void gradient_matchesCentralFiniteDifferences(Surface s) {
        Random rnd = new Random(31);
        double h = 1e-6;
        for (int k = 0; k < 10; k++) {
            double x = -2 + 4 * rnd.nextDouble();
            double y = -1 + 2.5 * rnd.nextDouble();
            double[] g = s.gradient(x, y);
            double dx = (s.value(x + h, y) - s.value(x - h, y)) / (2 * h);
            double dy = (s.value(x, y + h) - s.value(x, y - h)) / (2 * h);
            assertEquals(dx, g[0], 1e-6 * Math.max(1, Math.abs(dx)), s + " d/dx at " + x + "," + y);
            assertEquals(dy, g[1], 1e-6 * Math.max(1, Math.abs(dy)), s + " d/dy at " + x + "," + y);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void minimum_isAStationaryPointWithTheSmallestValue(Surface s) {
        if (!s.hasMinimum()) {
            assertThrows(IllegalStateException.class, s::minimum);
            return;
        }
        double[] m = s.minimum();
        double[] g = s.gradient(m[0], m[1]);
        assertEquals(0, g[0], 1e-12);
        assertEquals(0, g[1], 1e-12);
        assertEquals(0, s.value(m[0], m[1]), 1e-12);
    }

    @Test
    void path_startsAtTheStartAndRecordsEveryStepWithItsValue() {
        Surface s = Surface.bowl();
        List<PathPoint> p = s.path(Optimizer.sgd(0.25), 1.0, -2.0, 3);
        assertEquals(4, p.size());
        assertEquals(new PathPoint(0, 1.0, -2.0, 5.0), p.get(0));
        // GD on x² + y² with η = 0.25: (x, y) := (1 − 2η)(x, y) = ½(x, y)
        assertEquals(new PathPoint(1, 0.5, -1.0, 1.25), p.get(1));
        assertEquals(0.125, p.get(3).x(), 0.0);
        for (PathPoint q : p) {
            assertEquals(s.value(q.x(), q.y()), q.f(), 0.0);
        }
    }

    @Test
    void path_stopsAtTheFirstNonFinitePointOfADivergingRun() {
        List<PathPoint> p = Surface.bowl().path(Optimizer.sgd(10), 1.0, 1.0, 10_000);
        assertTrue(p.size() < 10_001, "size " + p.size());
        PathPoint last = p.get(p.size() - 1);
        assertFalse(Double.isFinite(last.f()));
        assertTrue(Double.isFinite(p.get(p.size() - 2).f()));
    }

    @Test
    void path_resetsTheOptimizerSoTwoRunsAgree() {
        Adam adam = Optimizer.adam(0.1);
        List<PathPoint> first = Surface.beale().path(adam, 1, 1.5, 50);
        List<PathPoint> second = Surface.beale().path(adam, 1, 1.5, 50);
        assertEquals(first, second);
    }

    private static int signChangesOfY(List<PathPoint> p) {
        int flips = 0;
        for (int i = 1; i < p.size(); i++) {
            if (Math.signum(p.get(i).y()) != Math.signum(p.get(i - 1).y())) {
                flips++;
            }
        }
        return flips;
    }

    @Test
    void gradientDescent_onIllConditionedQuadratic_zigZagsForLargeEtaAndDivergesPastTwoOverKappa() {
        Surface valley = Surface.illConditioned(10);
        // η = 0.05 < 1/κ: y shrinks by 1 − ηκ = 0.5 per step, same sign; x crawls (×0.95)
        List<PathPoint> small = valley.path(Optimizer.sgd(0.05), 2.5, 1.0, 50);
        assertEquals(0, signChangesOfY(small));
        assertTrue(small.get(50).f() < 0.05);
        assertTrue(small.get(50).x() > 0.1, "x is still far from 0 along the valley");
        // 1/κ < η = 0.15 < 2/κ: y := −0.5y each step: it zig-zags across the valley, yet converges
        List<PathPoint> large = valley.path(Optimizer.sgd(0.15), 2.5, 1.0, 50);
        assertEquals(50, signChangesOfY(large));
        assertTrue(large.get(50).f() < 1e-5);
        // η = 0.21 > 2/κ: |1 − ηκ| = 1.1 > 1, the zig-zag grows
        List<PathPoint> tooLarge = valley.path(Optimizer.sgd(0.21), 2.5, 1.0, 50);
        assertTrue(tooLarge.get(50).f() > tooLarge.get(0).f() * 10);
    }

    private static int stepsToReach(List<PathPoint> p, double x, double y, double radius) {
        for (PathPoint q : p) {
            if (Math.hypot(q.x() - x, q.y() - y) < radius) {
                return q.step();
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void momentumAndAdam_reachRosenbrocksMinimumFasterThanGradientDescent() {
        Surface banana = Surface.rosenbrock();
        int gd = stepsToReach(banana.path(Optimizer.sgd(0.001), -1.2, 1.0, 2000), 1, 1, 0.1);
        int momentum = stepsToReach(banana.path(Optimizer.classicalMomentum(0.001, 0.9), -1.2, 1.0, 2000), 1, 1, 0.1);
        int nesterov = stepsToReach(banana.path(Optimizer.nesterov(0.001, 0.9), -1.2, 1.0, 2000), 1, 1, 0.1);
        int adam = stepsToReach(banana.path(Optimizer.adam(0.1), -1.2, 1.0, 2000), 1, 1, 0.1);
        // plain GD (same η as momentum) is still crawling along the valley after 2000 steps
        assertEquals(Integer.MAX_VALUE, gd);
        assertTrue(momentum < 1000, "momentum took " + momentum);
        assertTrue(nesterov < 1000, "nesterov took " + nesterov);
        assertTrue(adam < 1000, "adam took " + adam);
    }

    @Test
    void adam_findsBealesMinimum() {
        List<PathPoint> p = Surface.beale().path(Optimizer.adam(0.05), 1.0, 1.5, 3000);
        PathPoint last = p.get(3000);
        assertEquals(3.0, last.x(), 1e-3);
        assertEquals(0.5, last.y(), 1e-3);
    }

    @Test
    void saddle_holdsGradientDescentOnTheRidgeAndReleasesItOffTheRidge() {
        Surface s = Surface.saddle();
        PathPoint onRidge = s.path(Optimizer.sgd(0.1), 1.5, 0.0, 50).get(50);
        assertEquals(0, onRidge.x(), 1e-4);
        assertEquals(0, onRidge.y(), 0.0);
        // y ≠ 0 grows by 1 + 2η = 1.2 per step: 1e-3·1.2⁵⁰ ≈ 9.1
        PathPoint offRidge = s.path(Optimizer.sgd(0.1), 1.5, 1e-3, 50).get(50);
        assertEquals(1e-3 * Math.pow(1.2, 50), offRidge.y(), 1e-9);
        assertTrue(offRidge.f() < -50);
    }

    @Test
    void illConditioned_rejectsAConditionNumberBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surface.illConditioned(0.5));
        assertTrue(e.getMessage().contains("Received: kappa=0.5"), e.getMessage());
    }
}
