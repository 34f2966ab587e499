package nnlab.optim;

import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;

/**
 * A two-variable test function f(x, y) with its analytic gradient, for watching optimizers
 * move: {@link #path} runs any {@link Optimizer} on it and returns the points visited, ready for
 * a contour plot with the path drawn on top.
 *
 * <pre>{@code
 *   List<PathPoint> p = Surface.rosenbrock().path(Optimizer.adam(0.05), -1.5, 2.0, 2000);
 * }</pre>
 *
 * The functions: an isotropic bowl, an ill-conditioned quadratic (a long narrow valley), the
 * Rosenbrock banana, Beale's function and a saddle. Immutable.
 */
public final class Surface {

    @FunctionalInterface
    private interface Value {
        double at(double x, double y);
    }

    @FunctionalInterface
    private interface Gradient {
        /** Writes (∂f/∂x, ∂f/∂y) into out[0], out[1]. */
        void at(double x, double y, double[] out);
    }

    private final String name;
    private final Value f;
    private final Gradient grad;
    private final double[] xRange;
    private final double[] yRange;
    private final double[] minimum;

    private Surface(String name, Value f, Gradient grad, double[] xRange, double[] yRange, double[] minimum) {
        this.name = name;
        this.f = f;
        this.grad = grad;
        this.xRange = xRange;
        this.yRange = yRange;
        this.minimum = minimum;
    }

    /** Isotropic bowl f = x² + y², minimum 0 at (0, 0): the gradient points straight at it. */
    public static Surface bowl() {
        return new Surface("bowl", (x, y) -> x * x + y * y, (x, y, g) -> {
            g[0] = 2 * x;
            g[1] = 2 * y;
        }, new double[] {-2, 2}, new double[] {-2, 2}, new double[] {0, 0});
    }

    /**
     * Ill-conditioned quadratic f = ½(x² + κy²), minimum at (0, 0). The curvatures are 1 and κ,
     * so gradient descent is stable only for η &lt; 2/κ, and for η between 1/κ and 2/κ it
     * zig-zags across the valley (y changes sign every step) while crawling along it.
     *
     * @param kappa the condition number κ ≥ 1, e.g. 10
     */
    public static Surface illConditioned(double kappa) {
        if (!(kappa >= 1) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("The condition number must be a finite number >= 1, e.g. 10. Received: kappa="
                    + kappa);
        }
        return new Surface("ill-conditioned quadratic (kappa=" + kappa + ")", (x, y) -> 0.5 * (x * x + kappa * y * y),
                (x, y, g) -> {
                    g[0] = x;
                    g[1] = kappa * y;
                }, new double[] {-3, 3}, new double[] {-1.5, 1.5}, new double[] {0, 0});
    }

    /**
     * Rosenbrock's function f = (1 − x)² + 100(y − x²)², minimum 0 at (1, 1) at the end of a
     * long, curved, flat-bottomed valley: easy to reach, slow to follow.
     */
    public static Surface rosenbrock() {
        return new Surface("Rosenbrock", (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x), (x, y, g) -> {
            // ∂f/∂x = −2(1 − x) − 400x(y − x²),  ∂f/∂y = 200(y − x²)
            g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
            g[1] = 200 * (y - x * x);
        }, new double[] {-2, 2}, new double[] {-1, 3}, new double[] {1, 1});
    }

    /**
     * Beale's function f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum 0 at
     * (3, 0.5); flat plateaus and steep walls, so gradients span several orders of magnitude.
     */
    public static Surface beale() {
        return new Surface("Beale", (x, y) -> {
            double a = 1.5 - x + x * y;
            double b = 2.25 - x + x * y * y;
            double c = 2.625 - x + x * y * y * y;
            return a * a + b * b + c * c;
        }, (x, y, g) -> {
            double a = 1.5 - x + x * y;
            double b = 2.25 - x + x * y * y;
            double c = 2.625 - x + x * y * y * y;
            // chain rule through each square
            g[0] = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1);
            g[1] = 2 * a * x + 2 * b * (2 * x * y) + 2 * c * (3 * x * y * y);
        }, new double[] {-4.5, 4.5}, new double[] {-4.5, 4.5}, new double[] {3, 0.5});
    }

    /**
     * Saddle f = x² − y², stationary point (0, 0) that is a minimum along x and a maximum along
     * y; no minimum at all. Started exactly on y = 0, gradient descent slides into the saddle and
     * stays; any y ≠ 0 grows geometrically and escapes.
     */
    public static Surface saddle() {
        return new Surface("saddle", (x, y) -> x * x - y * y, (x, y, g) -> {
            g[0] = 2 * x;
            g[1] = -2 * y;
        }, new double[] {-2, 2}, new double[] {-2, 2}, null);
    }

    public String name() {
        return name;
    }

    /** f(x, y). */
    public double value(double x, double y) {
        return f.at(x, y);
    }

    /**
     * ∇f(x, y).
     *
     * @param out length ≥ 2; Modified: out[0] = ∂f/∂x, out[1] = ∂f/∂y
     */
    public void gradient(double x, double y, double[] out) {
        grad.at(x, y, out);
    }

    /** ∇f(x, y) as a new array {∂f/∂x, ∂f/∂y}. */
    public double[] gradient(double x, double y) {
        double[] g = new double[2];
        grad.at(x, y, g);
        return g;
    }

    /** A good x-interval {min, max} for a contour plot. */
    public double[] xRange() {
        return xRange.clone();
    }

    /** A good y-interval {min, max} for a contour plot. */
    public double[] yRange() {
        return yRange.clone();
    }

    /** True if f has a minimum ({@link #saddle()} has none). */
    public boolean hasMinimum() {
        return minimum != null;
    }

    /**
     * The minimizer {x*, y*}.
     *
     * @throws IllegalStateException for the saddle, which has none
     */
    public double[] minimum() {
        if (minimum == null) {
            throw new IllegalStateException("The " + name + " function has no minimum; check hasMinimum() first.");
        }
        return minimum.clone();
    }

    /**
     * Runs {@code optimizer} from (x0, y0) for up to {@code steps} updates, holding (x, y) in one
     * 1×2 {@link Parameter}. The optimizer is {@link Optimizer#reset() reset} first. The path
     * stops early at the first point where x, y or f is not finite (a diverged run), so the last
     * point shows where it blew up.
     *
     * @return steps + 1 points (fewer if the run diverged); point 0 is the start
     */
    public List<PathPoint> path(Optimizer optimizer, double x0, double y0, int steps) {
        if (optimizer == null) {
            throw new IllegalArgumentException("Pass an optimizer, e.g. Optimizer.sgd(0.1). Received: optimizer=null");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, e.g. 100. Received: steps=" + steps);
        }
        Parameter xy = new Parameter("xy", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 2, true, x0, y0));
        List<Parameter> params = List.of(xy);
        double[] w = xy.value().data;
        double[] g = xy.grad().data;
        optimizer.reset();
        List<PathPoint> path = new ArrayList<>(steps + 1);
        path.add(new PathPoint(0, x0, y0, value(x0, y0)));
        for (int s = 1; s <= steps; s++) {
            grad.at(w[0], w[1], g);
            optimizer.step(params);
            double fxy = value(w[0], w[1]);
            path.add(new PathPoint(s, w[0], w[1], fxy));
            if (!Double.isFinite(w[0]) || !Double.isFinite(w[1]) || !Double.isFinite(fxy)) {
                break;
            }
        }
        return path;
    }

    @Override
    public String toString() {
        return "Surface(" + name + ")";
    }
}
