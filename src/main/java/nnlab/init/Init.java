package nnlab.init;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * How a weight matrix gets its first values. A dense layer's weights {@code W} are
 * {@code n × m}: {@code n} = fan-in (inputs to a unit), {@code m} = fan-out (units).
 *
 * <p>Every initializer draws from the {@link Random} it is given, so a seeded net is
 * reproducible. Biases are not initialized through this interface: they start at zero.
 *
 * <table>
 * <caption>The initializers and their distributions</caption>
 * <tr><th>factory</th><th>distribution</th><th>suits</th></tr>
 * <tr><td>{@link #zeros()}, {@link #constant(double)}</td><td>every weight = c</td><td>the symmetry demo only</td></tr>
 * <tr><td>{@link #uniform(double)}</td><td>U[−a, a]</td><td></td></tr>
 * <tr><td>{@link #normal(double)}</td><td>N(0, σ²)</td><td></td></tr>
 * <tr><td>{@link #xavierFanIn()}</td><td>U[−1/√n, 1/√n] (the course notes' "Xavier")</td><td>shallow sigmoid/tanh nets (the signal shrinks with depth)</td></tr>
 * <tr><td>{@link #normalizedXavier()}, {@link #glorotUniform()}</td><td>U[−√6/√(n+m), √6/√(n+m)] (Glorot uniform)</td><td>sigmoid, tanh</td></tr>
 * <tr><td>{@link #xavierNormal()}</td><td>N(0, 2/(n+m))</td><td>sigmoid, tanh</td></tr>
 * <tr><td>{@link #heNormal()}, {@link #heUniform()}</td><td>N(0, 2/n), U[−√(6/n), √(6/n)]</td><td>ReLU family</td></tr>
 * <tr><td>{@link #lecunNormal()}, {@link #lecunUniform()}</td><td>N(0, 1/n), U[−√(3/n), √(3/n)]</td><td>SELU, tanh</td></tr>
 * <tr><td>{@link #orthogonal()}</td><td>Q of the QR factorization of a Gaussian matrix</td><td>deep or recurrent nets</td></tr>
 * </table>
 *
 * <p>Note on names: "Xavier uniform" means two different things. The course notes use it for
 * U[−1/√n, 1/√n] ({@link #xavierFanIn()}); PyTorch's {@code xavier_uniform_} and Keras's
 * {@code GlorotUniform} mean U[−√6/√(n+m), √6/√(n+m)], the course's <em>normalized</em> Xavier
 * ({@link #normalizedXavier()}, also called {@link #glorotUniform()}). So nnlab has no
 * initializer called "xavierUniform": {@link #xavierUniform()} only throws, naming both.
 */
public interface Init {

    /**
     * Overwrites every entry of {@code W}.
     *
     * @param W      Modified. Shape fanIn × fanOut.
     * @param fanIn  n, inputs per unit
     * @param fanOut m, units
     * @param rng    the source of randomness (unused by constant initializers)
     * @throws IllegalArgumentException if W is null or not fanIn × fanOut, a fan is below 1, or a
     *                                  random initializer is given no rng
     */
    void fill(DMatrixRMaj W, int fanIn, int fanOut, Random rng);

    /** Every weight 0: all hidden units stay identical forever (the symmetry problem). */
    static Init zeros() { return new Constant(0.0); }

    /** Every weight {@code value}; as bad as zeros for symmetry, whatever the value. */
    static Init constant(double value) { return new Constant(value); }

    /** U[−a, a]. */
    static Init uniform(double a) { return new Uniform(a); }

    /** N(0, σ²) with σ = {@code stddev}. */
    static Init normal(double stddev) { return new Normal(stddev); }

    /**
     * The course notes' Xavier: U[−1/√n, 1/√n], n = fan-in, so Var(W) = 1/(3n). Its variance is a
     * third of what keeps a tanh signal's size through a layer: prefer {@link #normalizedXavier()}
     * for deep sigmoid or tanh nets.
     */
    static Init xavierFanIn() { return new XavierFanIn(); }

    /**
     * Ambiguous, so it has no distribution: it throws, naming the two schemes called "Xavier
     * uniform". The course notes mean U[−1/√n, 1/√n] ({@link #xavierFanIn()}); PyTorch's
     * {@code xavier_uniform_} and Keras's {@code GlorotUniform} mean U[−√6/√(n+m), √6/√(n+m)]
     * ({@link #normalizedXavier()} = {@link #glorotUniform()}).
     *
     * @deprecated pick {@link #normalizedXavier()} (what PyTorch and Keras mean, and the better
     *             choice for sigmoid and tanh) or {@link #xavierFanIn()} (the notes' formula)
     * @throws UnsupportedOperationException always, with both names
     */
    @Deprecated
    static Init xavierUniform() {
        throw new UnsupportedOperationException("Init.xavierUniform() is ambiguous: the course notes mean "
                + "U[-1/sqrt(n), 1/sqrt(n)], PyTorch's xavier_uniform_ and Keras's GlorotUniform mean "
                + "U[-sqrt(6)/sqrt(n+m), sqrt(6)/sqrt(n+m)]. Use Init.normalizedXavier() (also Init.glorotUniform()) "
                + "for sigmoid/tanh nets, or Init.xavierFanIn() to reproduce the notes' formula. Received: xavierUniform()");
    }

    /** The course's normalized Xavier (Glorot uniform): U[−√6/√(n+m), √6/√(n+m)], Var(W) = 2/(n+m). */
    static Init normalizedXavier() { return new NormalizedXavier(); }

    /** The same initializer as {@link #normalizedXavier()}, by PyTorch's and Keras's name for it. */
    static Init glorotUniform() { return new NormalizedXavier(); }

    /** Xavier normal: N(0, 2/(n+m)). */
    static Init xavierNormal() { return new XavierNormal(); }

    /** He normal: N(0, 2/n), for ReLU layers. */
    static Init heNormal() { return new HeNormal(); }

    /** He uniform: U[−√(6/n), √(6/n)], the same variance 2/n as {@link #heNormal()}. */
    static Init heUniform() { return new HeUniform(); }

    /** LeCun normal: N(0, 1/n). */
    static Init lecunNormal() { return new LeCunNormal(); }

    /** LeCun uniform: U[−√(3/n), √(3/n)], variance 1/n. */
    static Init lecunUniform() { return new LeCunUniform(); }

    /** Orthogonal with gain 1: rows or columns of W are orthonormal. */
    static Init orthogonal() { return new Orthogonal(1.0); }

    /** Orthogonal scaled by {@code gain}. */
    static Init orthogonal(double gain) { return new Orthogonal(gain); }
}
