package nnlab.diagnose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.ReLU;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * Two ways hidden units stop being useful, found by looking at a net and a data set:
 * <ul>
 * <li><b>dead ReLU units</b>: a ReLU unit whose input z is negative for every example outputs 0
 *     everywhere, and since ReLU'(z) = 0 there, no gradient reaches its weights, so it never
 *     recovers (a large learning rate or a large negative bias often causes it);</li>
 * <li><b>identical units</b> (the symmetry problem): units of a dense layer with exactly the same
 *     incoming weights and bias compute the same function and receive the same gradient, so
 *     training keeps them identical forever (constant or zero initialization causes it).</li>
 * </ul>
 * <pre>{@code
 *   UnitHealth.check(net, data)      // prints as plain-words warnings, or "all units healthy"
 * }</pre>
 */
public final class UnitHealth {

    private UnitHealth() {}

    /** One problem in one layer. */
    public record Finding(String layer, Kind kind, int units, int of, String message) {}

    public enum Kind { DEAD, IDENTICAL }

    /** The findings; {@link #toString()} is the warning to show a student. */
    public record Report(List<Finding> findings) {

        public Report {
            findings = List.copyOf(findings);
        }

        public boolean healthy() {
            return findings.isEmpty();
        }

        /** Total dead units over all ReLU layers. */
        public int deadUnits() {
            return findings.stream().filter(f -> f.kind() == Kind.DEAD).mapToInt(Finding::units).sum();
        }

        /** Layers with groups of identical units. */
        public List<String> symmetricLayers() {
            return findings.stream().filter(f -> f.kind() == Kind.IDENTICAL).map(Finding::layer).toList();
        }

        @Override
        public String toString() {
            if (findings.isEmpty()) {
                return "✔ All units healthy: no dead ReLU units, no identical units.";
            }
            StringBuilder b = new StringBuilder();
            findings.forEach(f -> b.append("⚠ ").append(f.message()).append('\n'));
            return b.toString().stripTrailing();
        }
    }

    /** Dead ReLU units on {@code data} (inference mode) and identical units in every dense layer. */
    public static Report check(Net net, Dataset data) {
        List<Finding> out = new ArrayList<>(deadUnits(net, data));
        out.addAll(identicalUnits(net));
        return new Report(out);
    }

    /** ReLU units whose output is 0 for every example of {@code data}. */
    public static List<Finding> deadUnits(Net net, Dataset data) {
        Require.fits("The dead-unit check", net, data);
        net.forward(data.xView(), false);
        List<Finding> out = new ArrayList<>();
        List<Layer> layers = net.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (!(layers.get(i) instanceof ReLU)) {
                continue;
            }
            DMatrixRMaj a = net.lastOutput(i);
            int dead = (int) Math.round(LayerStatistics.activation(a)[2] * a.numCols);
            if (dead > 0) {
                out.add(new Finding(layers.get(i).name(), Kind.DEAD, dead, a.numCols, String.format(
                        "%s: %d of %d units (%.0f%%) output 0 for all %d examples. They are dead: no gradient flows"
                                + " through them, so they will not recover. Try a smaller learning rate, He"
                                + " initialization, or LeakyReLU.",
                        layers.get(i).name(), dead, a.numCols, 100.0 * dead / a.numCols, a.numRows)));
            }
        }
        return out;
    }

    /** Groups of units in a dense layer with exactly equal incoming weights and bias. */
    public static List<Finding> identicalUnits(Net net) {
        Require.net(net);
        List<Finding> out = new ArrayList<>();
        for (Layer layer : net.layers()) {
            if (!(layer instanceof Dense d) || d.outputSize() < 2) {
                continue;
            }
            DMatrixRMaj W = d.weights().value();
            double[] b = d.bias().value().data;
            Map<List<Double>, Integer> groups = new LinkedHashMap<>();
            for (int j = 0; j < W.numCols; j++) {
                Double[] unit = new Double[W.numRows + 1];
                for (int i = 0; i < W.numRows; i++) {
                    unit[i] = W.get(i, j);
                }
                unit[W.numRows] = b[j];
                groups.merge(Arrays.asList(unit), 1, Integer::sum);
            }
            int copies = groups.values().stream().filter(c -> c > 1).mapToInt(Integer::intValue).sum();
            if (copies > 0) {
                String what = groups.size() == 1 ? "all " + W.numCols + " units have"
                        : copies + " of " + W.numCols + " units share their incoming weights with another unit; they have";
                out.add(new Finding(d.name(), Kind.IDENTICAL, copies, W.numCols, d.name() + ": " + what
                        + " the same incoming weights and bias. Identical units compute the same thing and get the"
                        + " same gradient, so training cannot make them differ (the symmetry problem). Initialize"
                        + " the weights randomly, e.g. Init.heNormal() or Init.normalizedXavier(), not with a constant."));
            }
        }
        return out;
    }
}
