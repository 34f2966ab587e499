package nnlab.diagnose;

import java.util.ArrayList;
import java.util.List;
import nnlab.loss.Loss;
import nnlab.mat.Precision;
import nnlab.nn.Dense;
import nnlab.nn.Dropout;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * Compares the gradients backpropagation computes with central finite differences,
 * parameter by parameter:
 * <pre>
 *   g̃_i = (L(θ + h e_i) − L(θ − h e_i)) / 2h            (error O(h²))
 *   relative error = ‖g − g̃‖ / (‖g‖ + ‖g̃‖)               (0 when both are 0)
 * </pre>
 * It also checks {@code ∂L/∂X}, the gradient backward hands to the input, which is how layers
 * without parameters (activations) are tested. In double precision a correct layer gives
 * relative errors around 1e-9 to 1e-11; a wrong formula typically gives 1e-2 or more. A
 * gradient that is exactly zero is judged by {@link #ABSOLUTE_FLOOR} instead.
 *
 * <p>The net runs in training mode (batch norm must be checked with batch statistics). Dropout
 * would draw a new mask on every evaluation, so each dropout layer holds one mask for the whole
 * check ({@link Dropout#holdMask}), which checks the masked backward {@code ∂L/∂X = ∂L/∂Y ⊙ M};
 * fresh masks come back afterwards. Any other layer that is random in training is refused.
 * The net's parameters are restored exactly afterwards.
 */
public final class GradientCheck {

    /** The default step h. */
    public static final double STEP = 1e-5;
    /** The default pass threshold for the relative error. */
    public static final double TOLERANCE = 1e-7;

    /**
     * Below this absolute difference ‖g − g̃‖ a row passes whatever its relative error: when the
     * true gradient is exactly 0 (a bias followed by batch norm, which subtracts it again), g̃ is
     * pure rounding noise of size ≈ ε_machine/h ≈ 1e-11 and the ratio means nothing.
     */
    public static final double ABSOLUTE_FLOOR = 1e-9;

    /** Printed under a report made in MIXED precision. */
    static final String MIXED_NOTE = "Checked in Precision.MIXED: the products ran in float32, which keeps about 7"
            + " significant digits (its\nrounding unit is 2^-24 = 6e-8, double's 1e-16). Each loss L(θ ± h) carries rounding"
            + " of up to about\n1e-7·|L|, and the difference quotient divides what does not cancel by 2h = 2e-5: relative"
            + " errors of\n1e-3 to 1e-2 are float32's rounding, not a wrong formula. Check gradients in Precision.DOUBLE.\n";

    private GradientCheck() {}

    /** One checked tensor: a parameter of a layer, or the input. */
    public record Row(String layer, String parameter, int size, double analyticNorm, double numericNorm,
                      double relativeError, boolean passed) {}

    /** All rows of a check; {@link #toString()} is an aligned table. */
    public record Report(List<Row> rows, double tolerance, Precision precision) {

        public Report {
            rows = List.copyOf(rows);
        }

        /** A report of a check in double precision. */
        public Report(List<Row> rows, double tolerance) {
            this(rows, tolerance, Precision.DOUBLE);
        }

        /** True when every row passed. */
        public boolean passed() { return rows.stream().allMatch(Row::passed); }

        /** The largest relative error of all rows. */
        public double maxRelativeError() {
            return rows.stream().mapToDouble(Row::relativeError).max().orElse(0);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format("%-14s %-22s %6s %12s %12s %12s  %s%n",
                    "layer", "parameter", "size", "|analytic|", "|numeric|", "rel. error", "result"));
            for (Row r : rows) {
                sb.append(String.format("%-14s %-22s %6d %12.4e %12.4e %12.4e  %s%n", r.layer(), r.parameter(), r.size(),
                        r.analyticNorm(), r.numericNorm(), r.relativeError(), r.passed() ? "pass" : "FAIL"));
            }
            sb.append(passed() ? "all passed" : "FAILED").append(" (tolerance ").append(tolerance).append(")\n");
            if (precision == Precision.MIXED) {
                sb.append(MIXED_NOTE);
            }
            return sb.toString();
        }
    }

    /** Checks with step {@link #STEP} and tolerance {@link #TOLERANCE}. */
    public static Report run(Net net, Loss loss, DMatrixRMaj x, DMatrixRMaj y) {
        return run(net, loss, x, y, STEP, TOLERANCE);
    }

    /**
     * Checks with step {@link #STEP} and tolerance {@link #TOLERANCE} in {@code precision}, e.g.
     * {@code GradientCheck.run(net, loss, x, y, Precision.MIXED)} to see float32's error.
     */
    public static Report run(Net net, Loss loss, DMatrixRMaj x, DMatrixRMaj y, Precision precision) {
        return run(net, loss, x, y, STEP, TOLERANCE, precision);
    }

    /**
     * @param x    a small batch (a few rows is enough); Not modified.
     * @param y    its targets; Not modified.
     * @param step h &gt; 0, finite
     * @param tolerance the largest relative error that passes, ≥ 0
     * @throws IllegalArgumentException if an argument is missing, the net has no parameters, or x, y
     *                                  are empty or do not fit the net
     * @throws IllegalStateException when a layer other than dropout draws random numbers in training
     *                               mode (a residual block holding dropout, for instance)
     */
    public static Report run(Net net, Loss loss, DMatrixRMaj x, DMatrixRMaj y, double step, double tolerance) {
        return run(net, loss, x, y, step, tolerance, Precision.DOUBLE);
    }

    /**
     * The check with the net's dense layers in {@code precision} for its duration (they return
     * to their old precision afterwards). In {@link Precision#MIXED} a correct net fails at the
     * default tolerance: the report says why.
     */
    public static Report run(Net net, Loss loss, DMatrixRMaj x, DMatrixRMaj y, double step, double tolerance,
                             Precision precision) {
        requireCheckable(net, loss, x, y);
        if (precision == null) {
            throw new IllegalArgumentException("Give a precision, e.g. Precision.DOUBLE (the one to check gradients in)."
                    + " Received: precision=null");
        }
        List<Dropout> dropouts = new ArrayList<>();
        for (Layer l : net.layers()) {
            if (l instanceof Dropout d) {
                if (d.dropProbability() > 0 && !d.holdsMask()) {
                    dropouts.add(d);
                }
            } else if (l.isRandomInTraining()) {
                throw new IllegalStateException("Cannot check gradients while " + l.name() + " is active: it draws new"
                        + " random numbers on every forward pass (dropout inside it?), so finite differences would"
                        + " compare different functions. Build the net without it (or with dropout p = 0) for the check.");
            }
        }
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("The finite-difference step must be a finite number > 0, e.g. 1e-5."
                    + " Received: step=" + step);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("The tolerance on the relative error must be a finite number >= 0, e.g."
                    + " 1e-7. Received: tolerance=" + tolerance);
        }
        dropouts.forEach(d -> d.holdMask(true));
        Precision before = Dense.setPrecision(net.layers(), precision);
        try {
            return check(net, loss, x, y, step, tolerance, precision);
        } finally {
            Dense.setPrecision(net.layers(), before);
            dropouts.forEach(d -> d.holdMask(false));
        }
    }

    /** Throws unless the net has parameters and x, y are a non-empty batch that fits it. */
    private static void requireCheckable(Net net, Loss loss, DMatrixRMaj x, DMatrixRMaj y) {
        if (net == null || loss == null || x == null || y == null) {
            throw new IllegalArgumentException("Give the net, the loss and a small batch x, y, e.g. GradientCheck.run(net,"
                    + " Loss.mse(), x, y). Received: net=" + (net == null ? "null" : "given") + ", loss=" + loss + ", x="
                    + shape(x) + ", y=" + shape(y));
        }
        if (net.parameters().isEmpty()) {
            throw new IllegalArgumentException("This net has no parameters to check (no dense, batch-norm or PReLU"
                    + " layer); add one, e.g. Net.input(2).dense(3, Activation.tanh()). Received: layers "
                    + net.layers().stream().map(Layer::name).toList());
        }
        if (x.numRows == 0 || x.numCols != net.inputSize()) {
            throw new IllegalArgumentException("x must be at least one row of the " + net.inputSize() + " input columns"
                    + " the net takes, e.g. 3 rows of the training data. Received: x " + shape(x));
        }
        if (y.numRows != x.numRows || y.numCols != net.outputSize()) {
            throw new IllegalArgumentException("y must hold one row of " + net.outputSize() + " targets (the net's outputs)"
                    + " per row of x. Received: x " + shape(x) + ", y " + shape(y));
        }
    }

    private static String shape(DMatrixRMaj m) {
        return m == null ? "null" : m.numRows + "x" + m.numCols;
    }

    private static Report check(Net net, Loss loss, DMatrixRMaj x, DMatrixRMaj y, double step, double tolerance,
                                Precision precision) {
        List<Row> rows = new ArrayList<>();
        net.computeGradients(x, y, loss, null);
        DMatrixRMaj inputGrad = net.inputGradient().copy();
        List<DMatrixRMaj> analytic = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            analytic.add(p.grad().copy());
        }
        int index = 0;
        for (Layer layer : net.layers()) {
            for (Parameter p : layer.parameters()) {
                DMatrixRMaj numeric = numericGradient(net, loss, x, y, p.value(), step);
                rows.add(row(layer.name(), p.name(), analytic.get(index++), numeric, tolerance));
            }
        }
        DMatrixRMaj xCopy = x.copy();
        DMatrixRMaj numericInput = numericGradient(net, loss, xCopy, y, xCopy, step);
        rows.add(row("(input)", "∂L/∂X", inputGrad, numericInput, tolerance));
        return new Report(rows, tolerance, precision);
    }

    private static DMatrixRMaj numericGradient(Net net, Loss loss, DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj theta,
                                               double h) {
        DMatrixRMaj g = new DMatrixRMaj(theta.numRows, theta.numCols);
        for (int i = 0; i < theta.getNumElements(); i++) {
            double saved = theta.data[i];
            theta.data[i] = saved + h;
            double plus = net.lossValue(x, y, loss, null, true);
            theta.data[i] = saved - h;
            double minus = net.lossValue(x, y, loss, null, true);
            theta.data[i] = saved;
            // g̃_i = (L(θ + h e_i) − L(θ − h e_i)) / 2h
            g.data[i] = (plus - minus) / (2 * h);
        }
        return g;
    }

    private static Row row(String layer, String name, DMatrixRMaj g, DMatrixRMaj gTilde, double tolerance) {
        double diff = 0;
        double ng = 0;
        double nt = 0;
        for (int i = 0; i < g.getNumElements(); i++) {
            double d = g.data[i] - gTilde.data[i];
            diff += d * d;
            ng += g.data[i] * g.data[i];
            nt += gTilde.data[i] * gTilde.data[i];
        }
        ng = Math.sqrt(ng);
        nt = Math.sqrt(nt);
        // ‖g − g̃‖ / (‖g‖ + ‖g̃‖)
        double rel = ng + nt == 0 ? 0 : Math.sqrt(diff) / (ng + nt);
        boolean passed = rel < tolerance || Math.sqrt(diff) < ABSOLUTE_FLOOR;
        return new Row(layer, name, g.getNumElements(), ng, nt, rel, passed);
    }
}
