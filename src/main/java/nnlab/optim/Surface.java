package nnlab.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
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
 * Rosenbrock banana, Beale's function, a double well (two minima) and a saddle; and any function of two variables a notebook
 * writes, through {@link #of}. Immutable: {@link #withPoint} returns a copy.
 */
public final class Surface {

    /** Grid points per axis of {@link #xGrid()} and {@link #yGrid()}, the grid a contour plot draws. */
    public static final int GRID = 120;

    /** The gradient of a function of two variables, as a notebook writes it. */
    @FunctionalInterface
    public interface Gradient {
        /** {∂f/∂x, ∂f/∂y} at (x, y), a new array of length 2. */
        double[] at(double x, double y);
    }

    /** A named point to mark on the surface's plot, e.g. the least-squares solution. */
    public record Point(String name, double x, double y) {
    }

    @FunctionalInterface
    private interface Value {
        double at(double x, double y);
    }

    @FunctionalInterface
    private interface GradientInto {
        /** Writes (∂f/∂x, ∂f/∂y) into out[0], out[1]. */
        void at(double x, double y, double[] out);
    }

    private final String name;
    private final Value f;
    private final GradientInto grad;
    private final double[] xRange;
    private final double[] yRange;
    private final double[] minimum;
    private final List<Point> points;
    private final String xName;
    private final String yName;

    private Surface(String name, Value f, GradientInto grad, double[] xRange, double[] yRange, double[] minimum) {
        this(name, f, grad, xRange, yRange, minimum, List.of(), "x", "y");
    }

    private Surface(String name, Value f, GradientInto grad, double[] xRange, double[] yRange, double[] minimum,
                    List<Point> points, String xName, String yName) {
        this.name = name;
        this.f = f;
        this.grad = grad;
        this.xRange = xRange;
        this.yRange = yRange;
        this.minimum = minimum;
        this.points = List.copyOf(points);
        this.xName = xName;
        this.yName = yName;
    }

    /**
     * A surface from a notebook's own function, e.g. the mean squared error of ŷ = m x + b over
     * the slope m and the intercept b:
     *
     * <pre>{@code
     *   var mse = Surface.of("MSE of ŷ = m x + b", (m, b) -> cost(m, b), null, -1, 5, -2, 4);
     * }</pre>
     *
     * Without an analytic gradient ({@code gradient == null}) the gradient is taken by central
     * differences, ∂f/∂x ≈ (f(x + h, y) − f(x − h, y)) / 2h with h = 10⁻⁵·max(1, |x|) (and the
     * same in y): an error of order h²·f‴ plus rounding, about 10⁻⁹ relative for smooth f,
     * at two evaluations of f per partial derivative. The surface has no known minimum; mark
     * one with {@link #withPoint}.
     *
     * @param f        the function f(x, y)
     * @param gradient (x, y) → {∂f/∂x, ∂f/∂y}, or null for central differences
     * @param xFrom    the plotted x interval is [xFrom, xTo], xFrom &lt; xTo
     * @param yFrom    the plotted y interval is [yFrom, yTo], yFrom &lt; yTo
     */
    public static Surface of(String name, DoubleBinaryOperator f, Gradient gradient, double xFrom, double xTo,
                             double yFrom, double yTo) {
        if (name == null || f == null) {
            throw new IllegalArgumentException("Give the surface a name and a function, e.g. Surface.of(\"bowl\","
                    + " (x, y) -> x * x + y * y, null, -2, 2, -2, 2). Received: name=" + name + ", f=" + f);
        }
        double[] xs = range("x", xFrom, xTo);
        double[] ys = range("y", yFrom, yTo);
        Value v = f::applyAsDouble;
        GradientInto g = gradient == null ? centralDifferences(v) : (x, y, out) -> {
            double[] d = gradient.at(x, y);
            if (d == null || d.length != 2) {
                throw new IllegalArgumentException("The gradient of '" + name + "' must return {df/dx, df/dy}."
                        + " Received: length=" + (d == null ? "null" : d.length) + " at (" + x + ", " + y + ")");
            }
            out[0] = d[0];
            out[1] = d[1];
        };
        return new Surface(name, v, g, xs, ys, null);
    }

    private static double[] range(String axis, double from, double to) {
        if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("The " + axis + " interval must be finite with from < to, e.g. -2, 2."
                    + " Received: " + axis + "From=" + from + ", " + axis + "To=" + to);
        }
        return new double[] {from, to};
    }

    private static GradientInto centralDifferences(Value f) {
        return (x, y, out) -> {
            double hx = 1e-5 * Math.max(1, Math.abs(x));
            double hy = 1e-5 * Math.max(1, Math.abs(y));
            // ∂f/∂x ≈ (f(x + h, y) − f(x − h, y)) / 2h
            out[0] = (f.at(x + hx, y) - f.at(x - hx, y)) / (2 * hx);
            out[1] = (f.at(x, y + hy) - f.at(x, y - hy)) / (2 * hy);
        };
    }

    /** A copy with a named point to mark on its plot (the least-squares solution, a start); not modified. */
    public Surface withPoint(String pointName, double x, double y) {
        if (pointName == null || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A marked point needs a name and finite coordinates. Received: name="
                    + pointName + ", x=" + x + ", y=" + y);
        }
        List<Point> p = new ArrayList<>(points);
        p.add(new Point(pointName, x, y));
        return new Surface(name, f, grad, xRange, yRange, minimum, p, xName, yName);
    }

    /** A copy whose axes are titled {@code xName} and {@code yName} (e.g. "slope m", "intercept b"); not modified. */
    public Surface withAxes(String xName, String yName) {
        if (xName == null || yName == null) {
            throw new IllegalArgumentException("Give both axis names, e.g. withAxes(\"slope m\", \"intercept b\")."
                    + " Received: xName=" + xName + ", yName=" + yName);
        }
        return new Surface(name, f, grad, xRange, yRange, minimum, points, xName, yName);
    }

    /** The x axis's title, "x" unless set by {@link #withAxes}. */
    public String xName() {
        return xName;
    }

    /** The y axis's title, "y" unless set by {@link #withAxes}. */
    public String yName() {
        return yName;
    }

    /** The points marked with {@link #withPoint}, in order. */
    public List<Point> points() {
        return points;
    }

    /** {@value #GRID} evenly spaced x values over {@link #xRange()}, ends included: the contour plot's grid. */
    public double[] xGrid() {
        return grid(xRange);
    }

    /** {@value #GRID} evenly spaced y values over {@link #yRange()}, ends included. */
    public double[] yGrid() {
        return grid(yRange);
    }

    private static double[] grid(double[] range) {
        double[] v = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            v[i] = i == GRID - 1 ? range[1] : range[0] + (range[1] - range[0]) * i / (GRID - 1);
        }
        return v;
    }

    /**
     * The lowest point of f on the {@link #xGrid()} × {@link #yGrid()} grid, named "grid minimum":
     * within one grid step of the true minimizer when that lies inside the ranges (a check
     * against a closed form, such as least squares).
     */
    public Point gridMinimum() {
        double[] gx = xGrid();
        double[] gy = yGrid();
        double best = Double.POSITIVE_INFINITY;
        Point at = null;
        for (double y : gy) {
            for (double x : gx) {
                double v = f.at(x, y);
                if (v < best || at == null) {
                    best = v;
                    at = new Point("grid minimum", x, y);
                }
            }
        }
        return at;
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
     * A tilted double well f = (x² − 1)² + x/2 + y², not convex: two minima on the x axis, the
     * global one at x ≈ −1.0575 (f ≈ −0.5148, its {@link #minimum()}) and a local one at x ≈ 0.9304
     * (f ≈ 0.4833), with a saddle at x ≈ 0.1271 between them (the roots of 4x³ − 4x + ½ = 0).
     * Gradient descent ends in the well whose side it starts on.
     */
    public static Surface doubleWell() {
        return new Surface("double well", (x, y) -> (x * x - 1) * (x * x - 1) + 0.5 * x + y * y, (x, y, g) -> {
            g[0] = 4 * x * (x * x - 1) + 0.5;
            g[1] = 2 * y;
        }, new double[] {-2, 2}, new double[] {-1.5, 1.5}, new double[] {-1.0574537707383778, 0});
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
        if (!Double.isFinite(x0) || !Double.isFinite(y0)) {
            throw new IllegalArgumentException("The path must start at a finite point, e.g. path(optimizer, -1.5, 2, 100)."
                    + " Received: x0=" + x0 + ", y0=" + y0);
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
