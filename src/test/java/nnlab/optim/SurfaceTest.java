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
                Surface.saddle(), Surface.doubleWell()).map(Arguments::of);
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
        // no point of the plotted grid lies lower (the double well's other minimum included)
        var low = s.gridMinimum();
        assertTrue(s.value(m[0], m[1]) <= s.value(low.x(), low.y()) + 1e-12);
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

    /** Rosenbrock's f written as a notebook would, with no gradient. */
    private static Surface numericRosenbrock() {
        return Surface.of("my Rosenbrock", (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x), null,
                -2, 2, -1, 3);
    }

    @Test
    void of_withoutAGradient_takesCentralDifferences_equalToTheAnalyticGradient() {
        Surface analytic = Surface.rosenbrock();
        Surface numeric = numericRosenbrock();
        Random rnd = new Random(5);
        for (int k = 0; k < 20; k++) {
            double x = -2 + 4 * rnd.nextDouble();
            double y = -1 + 4 * rnd.nextDouble();
            double[] a = analytic.gradient(x, y);
            double[] n = numeric.gradient(x, y);
            assertEquals(a[0], n[0], 1e-6 * Math.max(1, Math.abs(a[0])), "d/dx at " + x + "," + y);
            assertEquals(a[1], n[1], 1e-6 * Math.max(1, Math.abs(a[1])), "d/dy at " + x + "," + y);
        }
        assertEquals(analytic.value(0.3, 0.7), numeric.value(0.3, 0.7), 0.0);
        assertFalse(numeric.hasMinimum());
    }

    @Test
    void of_withAnAnalyticGradient_usesIt_andItMatchesFiniteDifferences() {
        // f = (x − 1)² + 3(y + 2)², ∇f = (2(x − 1), 6(y + 2))
        Surface s = Surface.of("shifted bowl", (x, y) -> (x - 1) * (x - 1) + 3 * (y + 2) * (y + 2),
                (x, y) -> new double[] {2 * (x - 1), 6 * (y + 2)}, -3, 3, -4, 1);
        double h = 1e-6;
        for (double[] p : new double[][] {{0.2, -1.0}, {2.5, 0.5}, {-2.0, -3.5}}) {
            double[] g = s.gradient(p[0], p[1]);
            assertEquals((s.value(p[0] + h, p[1]) - s.value(p[0] - h, p[1])) / (2 * h), g[0], 1e-6);
            assertEquals((s.value(p[0], p[1] + h) - s.value(p[0], p[1] - h)) / (2 * h), g[1], 1e-6);
        }
        PathPoint end = s.path(Optimizer.sgd(0.1), 0, 0, 200).get(200);
        assertEquals(1, end.x(), 1e-9);
        assertEquals(-2, end.y(), 1e-9);
    }

    @Test
    void path_onANumericGradientSurface_equalsTheAnalyticPath() {
        for (Optimizer o : List.of(Optimizer.sgd(0.001), Optimizer.classicalMomentum(0.001, 0.9))) {
            List<PathPoint> a = Surface.rosenbrock().path(o, -1.2, 1.0, 300);
            List<PathPoint> n = numericRosenbrock().path(o, -1.2, 1.0, 300);
            assertEquals(a.size(), n.size());
            for (int t = 0; t < a.size(); t++) {
                assertEquals(a.get(t).x(), n.get(t).x(), 1e-6, o + " x at step " + t);
                assertEquals(a.get(t).y(), n.get(t).y(), 1e-6, o + " y at step " + t);
            }
            assertTrue(Math.abs(a.get(300).x() - a.get(0).x()) > 0.1, "the path moved");
        }
    }

    @Test
    void gridMinimum_ofTheLeastSquaresCost_isWithinOneGridStepOfTheClosedForm() {
        double[] xs = {0, 0.5, 1, 1.5, 2};
        double[] ys = {1.1, 1.9, 3.2, 3.9, 5.1};
        // least squares: m = cov(x, y)/var(x), b = ȳ − m x̄
        double mx = 1, my = 3.04, sxy = 0, sxx = 0;
        for (int i = 0; i < 5; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
        }
        double m = sxy / sxx;
        double b = my - m * mx;
        Surface mse = Surface.of("MSE", (s, c) -> {
            double sum = 0;
            for (int i = 0; i < 5; i++) {
                sum += Math.pow(ys[i] - (s * xs[i] + c), 2) / 5;
            }
            return sum;
        }, null, -1, 5, -2, 4).withPoint("least squares", m, b);
        Surface.Point g = mse.gridMinimum();
        double step = 6.0 / (Surface.GRID - 1);
        assertTrue(Math.abs(g.x() - m) <= step && Math.abs(g.y() - b) <= step, g + " vs m=" + m + ", b=" + b);
        assertEquals(List.of(new Surface.Point("least squares", m, b)), mse.points());
        double[] gx = mse.xGrid();
        assertEquals(Surface.GRID, gx.length);
        assertEquals(-1, gx[0], 0.0);
        assertEquals(5, gx[Surface.GRID - 1], 0.0);
    }

    @Test
    void withPointAndWithAxes_returnCopies_leavingTheSurfaceAsItWas() {
        Surface s = Surface.bowl();
        Surface marked = s.withPoint("start", 1, 1).withAxes("w₁", "w₂");
        assertTrue(s.points().isEmpty());
        assertEquals("x", s.xName());
        assertEquals("w₁", marked.xName());
        assertEquals("w₂", marked.yName());
        assertEquals(1, marked.points().size());
        assertTrue(marked.hasMinimum(), "a built-in keeps its minimum");
    }

    @Test
    void of_refusesAnEmptyRange_andAGradientOfTheWrongLength() {
        var e = assertThrows(IllegalArgumentException.class, () -> Surface.of("f", (x, y) -> x, null, 2, 2, 0, 1));
        assertTrue(e.getMessage().contains("Received: xFrom=2.0, xTo=2.0"), e.getMessage());
        Surface bad = Surface.of("f", (x, y) -> x, (x, y) -> new double[] {1}, 0, 1, 0, 1);
        var g = assertThrows(IllegalArgumentException.class, () -> bad.path(Optimizer.sgd(0.1), 0, 0, 1));
        assertTrue(g.getMessage().contains("Received: length=1"), g.getMessage());
    }
}
