package nnlab.train;

import nnlab.nn.Dense;
import nnlab.nn.Dropout;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.nn.Residual;

/** The text table {@link Net#summary()} prints. */
final class Summary {

    private Summary() {}

    /**
     * One row per layer (name, kind, output shape, parameter count, trainable or frozen), then
     * the totals, the initializer and the seed.
     */
    static String of(Net net) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-12s %-22s %-10s %8s  %s%n";
        sb.append(String.format(fmt, "layer", "type", "output", "params", "trainable"));
        sb.append("-".repeat(66)).append('\n');
        sb.append(String.format(fmt, "input", "", "(m, " + net.inputSize() + ")", "0", ""));
        int trainable = 0;
        for (Layer l : net.layers()) {
            int count = l.parameterCount();
            String status = count == 0 ? "" : l.isFrozen() ? "frozen" : "yes";
            for (Parameter p : l.parameters()) {
                trainable += p.isFrozen() ? 0 : p.size();
            }
            sb.append(String.format(fmt, l.name(), describe(l), "(m, " + l.outputSize() + ")", count, status));
        }
        sb.append("-".repeat(66)).append('\n');
        int total = net.parameterCount();
        sb.append("total params: ").append(total).append("  trainable: ").append(trainable)
                .append("  frozen: ").append(total - trainable).append('\n');
        sb.append("init: ").append(net.init() == null ? "(loaded from a file)" : net.init())
                .append("  seed: ").append(net.seed()).append('\n');
        return sb.toString();
    }

    private static String describe(Layer l) {
        if (l instanceof Dense d) {
            return "Dense " + d.inputSize() + "→" + d.outputSize();
        }
        if (l instanceof Dropout d) {
            return "Dropout p=" + d.dropProbability();
        }
        if (l instanceof Residual r) {
            return "Residual (" + r.layers().size() + " layers)";
        }
        return l.getClass().getSimpleName();
    }
}
