package nnlab.optim;

import java.util.List;

/**
 * What an optimizer did on one scalar weight fed a given sequence of gradients, step by step:
 * its state (in the names of {@link Template}: m, V, …) and the step Δw after each update.
 * Made by {@link AbstractOptimizer#trace(double...)}; immutable.
 *
 * <pre>{@code
 *   Trace tr = Optimizer.adam(0.01).trace(1, 1, 1);   // three steps with g = 1
 *   tr.state("m", 1);                                 // m after step 1: (1 − β₁)·1 = 0.1
 * }</pre>
 */
public final class Trace {

    private final String optimizer;
    private final List<String> names;
    private final double[] g;
    private final double[][] state;
    private final double[] delta;

    Trace(String optimizer, List<String> names, double[] g, double[][] state, double[] delta) {
        this.optimizer = optimizer;
        this.names = List.copyOf(names);
        this.g = g.clone();
        this.state = state;
        this.delta = delta.clone();
    }

    /** How many steps were traced. */
    public int steps() {
        return g.length;
    }

    /** The names of the state entries, e.g. [m, V] for Adam. */
    public List<String> names() {
        return names;
    }

    /** The state entry {@code name} right after step t (t = 1 … {@link #steps()}). */
    public double state(String name, int t) {
        int k = names.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException(optimizer + " keeps the state " + names + ". Received: name=" + name);
        }
        return state[index(t)][k];
    }

    /** The step Δw of update t (w := w + Δw), t = 1 … {@link #steps()}. */
    public double delta(int t) {
        return delta[index(t)];
    }

    private int index(int t) {
        if (t < 1 || t > g.length) {
            throw new IllegalArgumentException("Steps are counted from 1 to " + g.length + ". Received: t=" + t);
        }
        return t - 1;
    }

    /** A table: t, g, each state entry and Δw, one row per step. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(optimizer).append('\n').append(String.format("%3s %9s", "t", "g"));
        names.forEach(n -> b.append(String.format(" %12s", n)));
        b.append(String.format(" %12s%n", "Δw"));
        for (int t = 0; t < g.length; t++) {
            b.append(String.format("%3d %9.4f", t + 1, g[t]));
            for (double s : state[t]) {
                b.append(String.format(" %12.6f", s));
            }
            b.append(String.format(" %12.6f%n", delta[t]));
        }
        return b.toString();
    }
}
