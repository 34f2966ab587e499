package nnlab.mat;

/**
 * Element-wise kernels for activations whose JDK version is slow.
 *
 * <p>{@link #tanh(double)}: on JDK 17 {@code Math.tanh} is not compiled to machine code by the
 * JIT; every call crosses into the native fdlibm ({@code StrictMath.tanh}), about 24 ns an
 * entry on the development machine, which made tanh most of the time of a small tanh net
 * (W2 of the benchmark). This version has no branch and no call, only multiplications,
 * additions, min/max and one division, so the JIT turns the array loop into SIMD code
 * (8 entries at a time with AVX-512): about 1.9 ns an entry, 4.5× faster than a version
 * built on {@code Math.exp}. It halves the argument five times and doubles back:
 * <pre>
 *   x := clamp(x, −20, 20)                 (tanh x rounds to ±1 from |x| ≈ 19.06 on)
 *   u = x/32,  |u| ≤ 0.625:  tanh u = u·(Q(s) + s·P(s)) / Q(s),  s = u²   (Cephes' rational form)
 *   tanh 2v = 2 tanh v / (1 + tanh² v),  applied 5 times
 * </pre>
 * Each doubling keeps tanh as a fraction N/D (N := 2ND, D := N² + D²), so there is a single
 * division at the end. The doubling shrinks the relative error it is given by the factor
 * (1 − t²)/(1 + t²) ≤ 1 and adds its own rounding, so the errors of the five steps add up
 * rather than grow. Accuracy, measured against {@code StrictMath.tanh} on 7 million points
 * spread over |x| from 1e-8 to 100 (test: {@code FunctionsTest}): relative error below 1.1e-15
 * (about 5 units in the last place), absolute error at most 5.6e-16; |tanh x| ≤ 1 always, and
 * exactly ±1 for |x| ≥ 20 (between 19.06 and 20 it may be 1 − 1.1e-16). Odd, so
 * {@code tanh(−x) = −tanh(x)} exactly; keeps ±0, NaN and ±∞ like {@code Math.tanh}. Below
 * |x| ≈ 1e-300 the division by 32 loses digits to underflow (absolute error under 1e-300).
 * Central differences with step 1e-6 through it agree with {@code 1 − tanh²} to 3e-10
 * (through {@code StrictMath.tanh}: 2e-10), far below what a gradient check resolves.
 *
 * <p>{@link #log1p(double)}: {@code Math.log1p} is native on JDK 17 too (about 20 ns); the
 * binary cross-entropy takes one per example. This version uses one {@code Math.log} (an
 * intrinsic) and Goldberg's correction ("What every computer scientist should know about
 * floating-point arithmetic", 1991, Theorem 4): with {@code u = 1 + x} rounded,
 * {@code log1p(x) = log(u)·x/(u − 1)}, which cancels the rounding of {@code u}. Measured against
 * {@code StrictMath.log1p} for x from 1e-300 to 1e6 and down to −0.999: relative error below
 * 1e-15 (test: {@code FunctionsTest}).
 */
public final class Functions {

    // tanh u ≈ u + u·s·P(s)/Q(s) on |u| ≤ 0.625, s = u² (Cephes, Moshier: tanh.c)
    private static final double P0 = -9.64399179425052238628E-1;
    private static final double P1 = -9.92877231001918586564E1;
    private static final double P2 = -1.61468768441708447952E3;
    private static final double Q0 = 1.12811678491632931402E2;
    private static final double Q1 = 2.23548839060100448583E3;
    private static final double Q2 = 4.84406305325125486048E3;

    private Functions() {}

    /** The hyperbolic tangent, accurate to about 5 ulps (see the class comment). */
    public static double tanh(double x) {
        // min/max rather than an if: a branch would stop the JIT from vectorizing the array loop
        double u = Math.max(-20.0, Math.min(20.0, x)) * 0.03125; // u = x/32, |u| ≤ 0.625
        double s = u * u;
        double p = Math.fma(Math.fma(P0, s, P1), s, P2);
        double q = Math.fma(Math.fma(s + Q0, s, Q1), s, Q2);
        // tanh u = N/D
        double n = u * Math.fma(s, p, q);
        double d = q;
        // five times tanh 2v = 2t/(1 + t²) with t = N/D:  N := 2ND, D := N² + D²
        // (written out: a loop here, once inlined into the array loop, stops the JIT vectorizing it)
        double t;
        t = 2 * n * d; d = Math.fma(n, n, d * d); n = t; // tanh 2u
        t = 2 * n * d; d = Math.fma(n, n, d * d); n = t; // tanh 4u
        t = 2 * n * d; d = Math.fma(n, n, d * d); n = t; // tanh 8u
        t = 2 * n * d; d = Math.fma(n, n, d * d); n = t; // tanh 16u
        t = 2 * n * d; d = Math.fma(n, n, d * d); n = t; // tanh 32u = tanh x
        return Math.max(-1.0, Math.min(1.0, n / d));
    }

    /** {@code log(1 + x)}, accurate also when x is tiny (see the class comment); x ≥ −1. */
    public static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x; // |x| below half an ulp of 1: log(1 + x) = x to double precision
        }
        if (u == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        return Math.log(u) * (x / (u - 1.0));
    }

    /** {@code y[i] = tanh(z[i])} for i in [0, n), vectorized by the JIT. {@code y} may be {@code z}. */
    public static void tanh(double[] z, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = tanh(z[i]);
        }
    }
}
