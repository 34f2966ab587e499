package nnlab.diagnose;

import java.util.ArrayList;
import java.util.List;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.Sigmoid;
import nnlab.train.Net;

/**
 * One step of the course's BACKPROPAGATION algorithm, unit by unit, for a net with one hidden
 * layer of sigmoid units and sigmoid outputs ({@code dense → sigmoid → dense → sigmoid}), on a
 * single example (x, t) with the error {@code E = ½ Σ_k (t_k − o_k)²}:
 * <pre>
 *   forward:  o_h = σ(Σ_i w_hi x_i + b_h)        o_k = σ(Σ_h w_kh o_h + b_k)
 *   output:   δ_k = o_k (1 − o_k)(t_k − o_k)                               (T4.3)
 *   hidden:   δ_h = o_h (1 − o_h) Σ_k w_kh δ_k                             (T4.4)
 *   update:   Δw_ji = η δ_j x_ji,  w_ji ← w_ji + Δw_ji                      (T4.5)
 * </pre>
 * where x_ji is the input from unit i into unit j, and a bias is a weight whose input is 1.
 * Nothing here uses a matrix product: every sum is written out, so each δ can be printed and
 * checked by hand. δ_j equals −∂E/∂z_j, which is why adding Δw is the same as the matrix form's
 * {@code W := W − η ∂E/∂W}.
 */
public final class BackpropTracer {

    private BackpropTracer() {}

    /** The error term of one unit. */
    public record UnitDelta(String layer, int unit, double output, double delta) {}

    /**
     * The change of one weight w_ji.
     *
     * @param to     j, the unit the weight leads into
     * @param from   i, the unit (or input) it comes from; −1 for the bias
     * @param input  x_ji (1 for the bias)
     * @param delta  δ_j
     * @param change Δw_ji = η δ_j x_ji
     */
    public record WeightChange(String layer, int to, int from, double input, double delta, double change) {}

    /** Every δ and every Δw of one step. */
    public record Trace(List<UnitDelta> deltas, List<WeightChange> changes, double learningRate) {

        public Trace {
            deltas = List.copyOf(deltas);
            changes = List.copyOf(changes);
        }

        /** Applies w_ji ← w_ji + Δw_ji to the net the trace was computed on. */
        public void applyTo(Net net) {
            for (WeightChange c : changes) {
                Dense d = (Dense) net.layer(c.layer());
                if (c.from() < 0) {
                    d.bias().value().data[c.to()] += c.change();
                } else {
                    d.weights().value().add(c.from(), c.to(), c.change());
                }
            }
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format("%-8s %5s %12s %14s%n", "layer", "unit", "output o", "delta δ"));
            for (UnitDelta d : deltas) {
                sb.append(String.format("%-8s %5d %12.6f %14.6e%n", d.layer(), d.unit(), d.output(), d.delta()));
            }
            sb.append('\n').append(String.format("%-8s %10s %12s %14s %14s%n", "layer", "w_ji", "x_ji", "δ_j",
                    "Δw_ji = ηδx"));
            for (WeightChange c : changes) {
                String w = "w_" + c.to() + "," + (c.from() < 0 ? "b" : String.valueOf(c.from()));
                sb.append(String.format("%-8s %10s %12.6f %14.6e %14.6e%n", c.layer(), w, c.input(), c.delta(),
                        c.change()));
            }
            return sb.toString();
        }
    }

    /**
     * Computes one step without changing the net.
     *
     * @param net          dense → sigmoid → dense → sigmoid
     * @param x            one example, {@code net.inputSize()} values
     * @param t            its targets, {@code net.outputSize()} values in [0, 1]
     * @param learningRate η
     */
    public static Trace trace(Net net, double[] x, double[] t, double learningRate) {
        List<Layer> layers = Require.net(net).layers();
        if (layers.size() != 4 || !(layers.get(0) instanceof Dense hidden) || !(layers.get(1) instanceof Sigmoid)
                || !(layers.get(2) instanceof Dense output) || !(layers.get(3) instanceof Sigmoid)) {
            throw new IllegalArgumentException("The tracer follows the course's algorithm for dense → sigmoid → dense →"
                    + " sigmoid. Received layers: " + layers.stream().map(Layer::toString).toList());
        }
        if (x == null || t == null) {
            throw new IllegalArgumentException("Give one example: its inputs x and its targets t, e.g. trace(net, new"
                    + " double[] {0.05, 0.10}, new double[] {0.01, 0.99}, 0.5). Received: x=" + (x == null ? "null" : "given")
                    + ", t=" + (t == null ? "null" : "given"));
        }
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be a finite number >= 0, e.g. 0.5. Received:"
                    + " learningRate=" + learningRate);
        }
        if (x.length != net.inputSize() || t.length != net.outputSize()) {
            throw new IllegalArgumentException("Expected " + net.inputSize() + " inputs and " + net.outputSize()
                    + " targets. Received: " + x.length + " and " + t.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("The inputs must be finite numbers, e.g. {0.05, 0.10}. Received: x[" + i
                        + "] = " + x[i]);
            }
        }
        for (int i = 0; i < t.length; i++) {
            if (!(t[i] >= 0 && t[i] <= 1)) {
                throw new IllegalArgumentException("The targets of a sigmoid output must lie in [0, 1], e.g. {0.01, 0.99}."
                        + " Received: t[" + i + "] = " + t[i]);
            }
        }
        int nIn = hidden.inputSize();
        int nHidden = hidden.outputSize();
        int nOut = output.outputSize();
        double[] oh = new double[nHidden];
        double[] ok = new double[nOut];
        for (int h = 0; h < nHidden; h++) {
            // o_h = σ(Σ_i w_hi x_i + b_h)
            double z = hidden.bias().value().get(0, h);
            for (int i = 0; i < nIn; i++) {
                z += hidden.weights().value().get(i, h) * x[i];
            }
            oh[h] = sigmoid(z);
        }
        for (int k = 0; k < nOut; k++) {
            // o_k = σ(Σ_h w_kh o_h + b_k)
            double z = output.bias().value().get(0, k);
            for (int h = 0; h < nHidden; h++) {
                z += output.weights().value().get(h, k) * oh[h];
            }
            ok[k] = sigmoid(z);
        }
        List<UnitDelta> deltas = new ArrayList<>();
        double[] dk = new double[nOut];
        for (int k = 0; k < nOut; k++) {
            // δ_k = o_k (1 − o_k)(t_k − o_k)
            dk[k] = ok[k] * (1 - ok[k]) * (t[k] - ok[k]);
            deltas.add(new UnitDelta(output.name(), k, ok[k], dk[k]));
        }
        double[] dh = new double[nHidden];
        for (int h = 0; h < nHidden; h++) {
            // δ_h = o_h (1 − o_h) Σ_k w_kh δ_k
            double s = 0;
            for (int k = 0; k < nOut; k++) {
                s += output.weights().value().get(h, k) * dk[k];
            }
            dh[h] = oh[h] * (1 - oh[h]) * s;
            deltas.add(new UnitDelta(hidden.name(), h, oh[h], dh[h]));
        }
        List<WeightChange> changes = new ArrayList<>();
        addChanges(changes, output.name(), dk, oh, learningRate);
        addChanges(changes, hidden.name(), dh, x, learningRate);
        return new Trace(deltas, changes, learningRate);
    }

    private static void addChanges(List<WeightChange> out, String layer, double[] delta, double[] input, double eta) {
        for (int j = 0; j < delta.length; j++) {
            for (int i = 0; i < input.length; i++) {
                // Δw_ji = η δ_j x_ji
                out.add(new WeightChange(layer, j, i, input[i], delta[j], eta * delta[j] * input[i]));
            }
            out.add(new WeightChange(layer, j, -1, 1.0, delta[j], eta * delta[j]));
        }
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
