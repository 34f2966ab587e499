package nnlab.regularize;

import java.util.Collection;
import java.util.List;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;

/**
 * Max-norm constraint (Srivastava et al., "Dropout", JMLR 2014, §5.1): after each optimizer
 * step, every unit's incoming weight vector w is projected back onto the ball ‖w‖₂ ≤ c,
 * w := w·c/‖w‖₂ when ‖w‖₂ &gt; c. It is a constraint, not a penalty: nothing is added to the
 * cost or the gradient.
 *
 * <p>With one example per row a dense layer computes Z = X·W + b, W of shape inputs × units,
 * so unit j's incoming weights are <b>column j</b> of W; that is the vector constrained.
 * Weights only by default (biases excluded); frozen parameters skipped. Immutable.
 */
public final class MaxNorm {

    private final double c;
    private final Selection selection;

    /** @param maxNorm c &gt; 0, the largest allowed column norm; 3 or 4 are usual with dropout */
    public MaxNorm(double maxNorm) {
        this(maxNorm, Selection.weights());
    }

    private MaxNorm(double maxNorm, Selection selection) {
        if (!(maxNorm > 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("The max norm must be a finite number > 0, e.g. 3. Received: maxNorm=" + maxNorm);
        }
        this.c = maxNorm;
        this.selection = selection;
    }

    public double maxNorm() {
        return c;
    }

    /** This constraint, restricted to these parameters (e.g. one layer's). */
    public MaxNorm onlyFor(Collection<Parameter> parameters) {
        return new MaxNorm(c, selection.onlyFor(parameters));
    }

    /**
     * Rescales every column whose norm exceeds c down to norm c.
     *
     * @param parameters values Modified
     * @return how many columns were rescaled
     */
    public int apply(List<Parameter> parameters) {
        Selection.requireParameters(parameters);
        int rescaled = 0;
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            if (selection.test(p)) {
                rescaled += constrainColumns(p.value());
            }
        }
        return rescaled;
    }

    private int constrainColumns(DMatrixRMaj W) {
        int rescaled = 0;
        double[] w = W.data;
        int rows = W.numRows;
        int cols = W.numCols;
        for (int j = 0; j < cols; j++) {
            double sq = 0;
            for (int i = 0; i < rows; i++) {
                sq += w[i * cols + j] * w[i * cols + j];
            }
            double norm = Math.sqrt(sq);
            if (norm > c) {
                // w_j := w_j · c / ‖w_j‖
                double scale = c / norm;
                for (int i = 0; i < rows; i++) {
                    w[i * cols + j] *= scale;
                }
                rescaled++;
            }
        }
        return rescaled;
    }

    @Override
    public String toString() {
        return "MaxNorm(maxNorm=" + c + ", on " + selection + ")";
    }
}
