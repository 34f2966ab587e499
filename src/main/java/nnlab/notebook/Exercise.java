package nnlab.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * A "Your turn" exercise's check: the student's method against the library's, on fresh inputs.
 *
 * <p>A check cell declares the exercise's inputs by shape, then hands over two functions of them,
 * the student's and a reference computed with the library:
 * <pre>{@code
 * Exercise.of("the layer's forward pass Z = X W + b")
 *     .batch("X", 5).matrix("W", 5, 2).bias("b", 2)
 *     .check((X, W, b) -> forward(X, W, b),
 *            (X, W, b) -> dense(W, b).forward(X, false));
 * }</pre>
 * Each input is drawn afresh from a seeded {@link Random} (so a student cannot fit the notebook's
 * own numbers, and a rerun gives the same verdict), once for every batch size (by default
 * m = 1, one example, then m = 5): a {@code batch} input has m rows, one example per row. Each
 * function gets its own copies, so a method may overwrite its inputs.
 *
 * <p>When both agree everywhere (|yours − reference| ≤ 1e-8·max(1, max|reference|)) the cell
 * prints a ✔ line. Otherwise it throws {@link Wrong}, whose message says what is wrong in the
 * words of the course (see {@link Diagnosis}): the shape, transposed, off by a factor of 2, ½,
 * √2 or m, the sign flipped, the bias left out, right on one example but not on a batch, NaN.
 * When the student's method throws {@link NotYet} (the stub of the student version), the check
 * rethrows it: the cell shows "not yet", and nbgrader scores it zero, like any failed test.
 *
 * <p>An input updated in place (an optimizer's velocity) is marked with {@link #inPlace}: after
 * the call the student's copy is compared with the reference's, with the same diagnoses.
 */
public final class Exercise {

    /** What a check cell's assertion throws: the message says what is wrong and how to look for it. */
    public static final class Wrong extends AssertionError {
        Wrong(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How the entries of one input are drawn. */
    @FunctionalInterface
    public interface Values {
        double draw(Random rng);

        /** Standard normal entries, N(0, 1): the default. */
        static Values normal() { return Random::nextGaussian; }

        /** Uniform entries in [lo, hi), e.g. probabilities or variances. */
        static Values uniform(double lo, double hi) {
            if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
                throw new IllegalArgumentException("uniform(lo, hi) needs finite lo < hi. Received: lo=" + lo
                        + ", hi=" + hi + ". Swap them, or pick a wider interval.");
            }
            return rng -> lo + (hi - lo) * rng.nextDouble();
        }

        /** Entries 0 or 1 with equal probability: labels, or a keep mask. */
        static Values zeroOrOne() { return rng -> rng.nextBoolean() ? 1.0 : 0.0; }
    }

    /** A student's or a reference's function of one input matrix. */
    @FunctionalInterface public interface F1 { DMatrixRMaj apply(DMatrixRMaj a); }

    /** ... of two input matrices, in the order they were declared. */
    @FunctionalInterface public interface F2 { DMatrixRMaj apply(DMatrixRMaj a, DMatrixRMaj b); }

    /** ... of three input matrices. */
    @FunctionalInterface public interface F3 { DMatrixRMaj apply(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c); }

    /** ... of four input matrices. */
    @FunctionalInterface public interface F4 {
        DMatrixRMaj apply(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, DMatrixRMaj d);
    }

    /** One declared input: its name, shape (rows −1 = the batch size m) and how it is drawn. */
    record Input(String name, int rows, int columns, Values values, boolean bias) {}

    /** A factor this exercise's students are likely to be off by, and what it means. */
    record Factor(double k, String why) {}

    private final String what;
    private final List<Input> inputs = new ArrayList<>();
    private final List<String> inPlace = new ArrayList<>();
    private final List<Factor> factors = new ArrayList<>();
    private List<String> columns = List.of();
    private int[] batchSizes = {1, 5};
    private long seed = 2026;

    private Exercise(String what) {
        this.what = what;
    }

    /** @param what what the student wrote, as the ✔ line and the messages name it, e.g. "σ′(z)" */
    public static Exercise of(String what) {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("Name the exercise. Received: what=" + (what == null ? "null" : "\"\"")
                    + ". Write what the student computes, e.g. Exercise.of(\"the forward pass Z = X W + b\").");
        }
        return new Exercise(what);
    }

    /** An m × columns input with N(0, 1) entries, one example per row. */
    public Exercise batch(String name, int columns) { return batch(name, columns, Values.normal()); }

    /** An m × columns input drawn from {@code values}, one example per row. */
    public Exercise batch(String name, int columns, Values values) {
        return add(new Input(name, -1, requirePositive("columns", columns), values, false));
    }

    /** A fixed rows × columns input (weights, say) with N(0, 1) entries. */
    public Exercise matrix(String name, int rows, int columns) { return matrix(name, rows, columns, Values.normal()); }

    /** A fixed rows × columns input drawn from {@code values}. */
    public Exercise matrix(String name, int rows, int columns, Values values) {
        return add(new Input(name, requirePositive("rows", rows), requirePositive("columns", columns), values, false));
    }

    /**
     * A 1 × columns bias, added to every row: when the student's result equals the reference's
     * with this input set to zero, the message says the bias was left out.
     */
    public Exercise bias(String name, int columns) {
        return add(new Input(name, 1, requirePositive("columns", columns), Values.normal(), true));
    }

    /** Marks an input the method updates in place (an optimizer's state): compared after the call. */
    public Exercise inPlace(String name) {
        if (inputs.stream().noneMatch(in -> in.name().equals(name))) {
            throw new IllegalArgumentException("inPlace names an input that was not declared. Received: name=" + name
                    + ". Declare it first with batch, matrix or bias.");
        }
        inPlace.add(name);
        return this;
    }

    /**
     * Names a factor the result is likely to be off by, with its cause, e.g.
     * {@code offBy(0.7, "divide the kept entries by 1 − p = 0.7")}: when the student's result is
     * that many times the right one the message gives the cause instead of only the number.
     */
    public Exercise offBy(double factor, String why) {
        if (!Double.isFinite(factor) || factor == 0 || factor == 1 || why == null || why.isBlank()) {
            throw new IllegalArgumentException("offBy needs a finite factor other than 0 and 1, and its cause."
                    + " Received: factor=" + factor + ", why=" + why + ". E.g. offBy(0.5, \"you halved λ\").");
        }
        factors.add(new Factor(factor, why));
        return this;
    }

    /** Names the result's columns (e.g. "precision", "recall", "F1") for the messages. */
    public Exercise columns(String... names) {
        columns = List.of(names);
        return this;
    }

    /** The batch sizes m to try, in order (default 1 then 5): put 1 first to tell "right on one example". */
    public Exercise batchSizes(int... sizes) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("Give at least one batch size. Received: none. E.g. batchSizes(1, 5).");
        }
        for (int m : sizes) {
            requirePositive("batch size", m);
        }
        batchSizes = sizes.clone();
        return this;
    }

    /** The seed of the inputs (default 2026). */
    public Exercise seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Checks a method of one input; prints ✔ or throws {@link Wrong} / {@link NotYet}. */
    public void check(F1 student, F1 reference) { run(1, a -> student.apply(a[0]), a -> reference.apply(a[0])); }

    /** Checks a method of two inputs, in the order declared. */
    public void check(F2 student, F2 reference) {
        run(2, a -> student.apply(a[0], a[1]), a -> reference.apply(a[0], a[1]));
    }

    /** Checks a method of three inputs, in the order declared. */
    public void check(F3 student, F3 reference) {
        run(3, a -> student.apply(a[0], a[1], a[2]), a -> reference.apply(a[0], a[1], a[2]));
    }

    /** Checks a method of four inputs, in the order declared. */
    public void check(F4 student, F4 reference) {
        run(4, a -> student.apply(a[0], a[1], a[2], a[3]), a -> reference.apply(a[0], a[1], a[2], a[3]));
    }

    /**
     * Checks a function of one number, y = f(z), at 12 fresh points of [from, to] and at 0 when
     * 0 lies inside; prints ✔ or throws {@link Wrong} / {@link NotYet}.
     *
     * @param variable the variable's name in the messages, e.g. "z"
     */
    public static void function(String what, String variable, double from, double to,
                                DoubleUnaryOperator student, DoubleUnaryOperator reference) {
        System.out.println(functionVerdict(what, variable, from, to, student, reference, 2026));
    }

    static String functionVerdict(String what, String variable, double from, double to,
                                  DoubleUnaryOperator student, DoubleUnaryOperator reference, long seed) {
        Values.uniform(from, to);                     // throws, naming them, unless from < to
        Random rng = new Random(seed);
        double[] z = new double[13];
        for (int i = 0; i < z.length; i++) {
            z[i] = i == 0 && from < 0 && to > 0 ? 0 : from + (to - from) * rng.nextDouble();
        }
        DMatrixRMaj expected = new DMatrixRMaj(1, z.length), got = new DMatrixRMaj(1, z.length);
        for (int i = 0; i < z.length; i++) {
            expected.data[i] = reference.applyAsDouble(z[i]);
            try {
                got.data[i] = student.applyAsDouble(z[i]);
            } catch (NotYet notYet) {
                throw notYet;
            } catch (RuntimeException e) {
                throw threw(what, e);
            }
        }
        String wrong = new Diagnosis("your function", List.of(), 0, false,
                (r, c) -> String.format("at %s = %.4g", variable, z[c]), List.of(), List.of()).of(got, expected, null, null);
        if (wrong != null) {
            throw new Wrong("✘ " + what + ": " + wrong, null);
        }
        return "✔ " + what + ": right at " + z.length + " points of [" + from + ", " + to + "]";
    }

    private void run(int arity, Fn student, Fn reference) {
        System.out.println(verdict(arity, student, reference));
    }

    /** The ✔ line, or throws: what {@code check} prints, separate so the tests need not print. */
    String verdict(int arity, Fn student, Fn reference) {
        if (arity != inputs.size()) {
            throw new IllegalArgumentException("The check's functions take " + arity + " inputs but " + inputs.size()
                    + " were declared. Received: inputs=" + inputs.stream().map(Input::name).toList()
                    + ". Declare one input (batch, matrix or bias) per parameter, in the same order.");
        }
        boolean rightOnOne = false;
        for (int m : batchSizes) {
            Random rng = new Random(seed * 1_000_003L + m);
            DMatrixRMaj[] drawn = new DMatrixRMaj[arity];
            for (int k = 0; k < arity; k++) {
                Input in = inputs.get(k);
                drawn[k] = new DMatrixRMaj(in.rows() < 0 ? m : in.rows(), in.columns());
                for (int i = 0; i < drawn[k].getNumElements(); i++) {
                    drawn[k].data[i] = in.values().draw(rng);
                }
            }
            DMatrixRMaj[] forReference = copies(drawn);
            DMatrixRMaj expected = copy(reference.apply(forReference));
            DMatrixRMaj[] forStudent = copies(drawn);
            DMatrixRMaj got;
            try {
                got = copy(student.apply(forStudent));
            } catch (NotYet notYet) {
                throw notYet;
            } catch (RuntimeException e) {
                throw threw(what, e);
            }
            Diagnosis diagnosis = new Diagnosis("your result", inputs, m, batchSize(m) && rightOnOne, null, factors, columns);
            String wrong = diagnosis.of(got, expected, biasFree(reference, drawn), null);
            for (int k = 0; k < arity && wrong == null; k++) {
                if (inPlace.contains(inputs.get(k).name())) {
                    wrong = new Diagnosis("your " + inputs.get(k).name() + " after the call", inputs, m,
                            batchSize(m) && rightOnOne, null, List.of(), List.of())
                            .of(forStudent[k], forReference[k], null, drawn[k]);
                }
            }
            if (wrong != null) {
                throw new Wrong("✘ " + what + ": " + wrong, null);
            }
            rightOnOne |= m == 1;
        }
        return "✔ " + what + ": right on fresh inputs, " + describeSizes();
    }

    /** The reference with each bias input zeroed in turn, for "you left out the bias". */
    private List<DMatrixRMaj> biasFree(Fn reference, DMatrixRMaj[] drawn) {
        List<DMatrixRMaj> without = new ArrayList<>();
        for (int k = 0; k < drawn.length; k++) {
            if (inputs.get(k).bias()) {
                DMatrixRMaj[] args = copies(drawn);
                args[k].zero();
                without.add(copy(reference.apply(args)));
            }
        }
        return without;
    }

    private boolean batchSize(int m) {
        return m > 1 && inputs.stream().anyMatch(in -> in.rows() < 0);
    }

    private String describeSizes() {
        if (inputs.stream().noneMatch(in -> in.rows() < 0)) {
            return batchSizes.length + (batchSizes.length == 1 ? " draw" : " draws");
        }
        List<String> parts = new ArrayList<>();
        for (int m : batchSizes) {
            parts.add(m == 1 ? "one example" : "a batch of " + m);
        }
        return String.join(" and ", parts);
    }

    private static Wrong threw(String what, RuntimeException e) {
        return new Wrong("✘ " + what + ": your method threw " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + ". Run it on a small input in a cell of its own to see where.", e);
    }

    private Exercise add(Input input) {
        if (input.name() == null || input.name().isBlank()) {
            throw new IllegalArgumentException("Name each input as the formula does. Received: name=" + input.name()
                    + ". E.g. batch(\"X\", 5).");
        }
        inputs.add(input);
        return this;
    }

    private static int requirePositive(String what, int n) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be at least 1. Received: " + what + "=" + n + ".");
        }
        return n;
    }

    private static DMatrixRMaj[] copies(DMatrixRMaj[] a) {
        DMatrixRMaj[] c = new DMatrixRMaj[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].copy();
        }
        return c;
    }

    private static DMatrixRMaj copy(DMatrixRMaj a) {
        // a layer's forward returns its own buffer, which the next call overwrites
        return a == null ? null : a.copy();
    }

    /** Any of the check's functions, on its inputs in declaration order. */
    @FunctionalInterface
    interface Fn {
        DMatrixRMaj apply(DMatrixRMaj[] inputs);
    }
}
