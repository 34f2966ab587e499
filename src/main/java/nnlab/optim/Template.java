package nnlab.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * One optimizer written in the generic template of the course notes (H3, "Intuitive perspective
 * of optimization"): at step t, with gradient g = ∇C(w),
 *
 * <pre>
 *   m  = φ(g₁, …, gₜ)              first moment: which direction to go
 *   V  = ψ(g₁², …, gₜ²)            second moment: how large the gradients have been
 *   Δw = −η · m / (√V + ε)         the step, w := w + Δw
 * </pre>
 *
 * Each optimizer fills in φ, ψ and the step ({@link Optimizer#template()}); a rule that keeps no
 * second moment has V = "—" (read √V + ε as 1). The notes call the step η<sub>t</sub> and the
 * learning rate α; here η stays the learning rate and the step is Δw. Every field is plain text
 * in that notation.
 *
 * @param optimizer the optimizer's name, e.g. "Adam"
 * @param m         what the first moment m is, e.g. "β₁m + (1 − β₁)g"
 * @param v         what the second moment V is, or "—"
 * @param step      the step Δw, e.g. "−η m/(√V + ε)"
 */
public record Template(String optimizer, String m, String v, String step) {

    /**
     * The templates of {@code optimizers} as a text table, one row each, columns aligned:
     * {@code System.out.println(Template.table(Optimizer.sgd(0.1), Optimizer.adam(0.01)))}.
     */
    public static String table(Optimizer... optimizers) {
        if (optimizers == null || optimizers.length == 0) {
            throw new IllegalArgumentException("Pass the optimizers to tabulate, e.g. Template.table(Optimizer.sgd(0.1),"
                    + " Optimizer.adam(0.01)). Received: optimizers=" + (optimizers == null ? "null" : "none"));
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"optimizer", "m (first moment)", "V (second moment)", "step Δw (w := w + Δw)"});
        for (Optimizer o : optimizers) {
            if (o == null) {
                throw new IllegalArgumentException("Template.table got a null optimizer. Received: optimizer=null");
            }
            Template t = o.template();
            rows.add(new String[] {t.optimizer(), t.m(), t.v(), t.step()});
        }
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int c = 0; c < 4; c++) {
                width[c] = Math.max(width[c], r[c].codePointCount(0, r[c].length()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int c = 0; c < 4; c++) {
                b.append(r[c]);
                if (c < 3) {
                    b.append(" ".repeat(width[c] - r[c].codePointCount(0, r[c].length()) + 2));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }
}
