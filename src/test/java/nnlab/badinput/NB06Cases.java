package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.diagnose.BiasVariance;
import nnlab.plot.BiasVariancePlots;
import org.ejml.data.DMatrixRMaj;

/** Bad inputs for the bias/variance estimate of notebook 06 (issue 12). */
final class NB06Cases {

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    private NB06Cases() {}

    static List<Case> cases() {
        Dataset truth = Synthetic.regression(10, Math::sin, 0, 3, 0, 1);
        BiasVariance bv = BiasVariance.of(s -> Synthetic.regression(5, Math::sin, 0, 3, 0.1, s), truth).sets(2);
        List<Case> c = new ArrayList<>();
        c.add(Case.of("biasVariance: one training set", IAE, () -> bv.sets(1), "sets=1", "e.g."));
        c.add(Case.of("biasVariance: negative noise", IAE, () -> bv.noise(-0.3), "sigma=-0.3", "e.g."));
        c.add(Case.of("biasVariance: null source", IAE, () -> BiasVariance.of(null, truth), "trainingSets=null"));
        c.add(Case.of("biasVariance: truth with two targets", IAE,
                () -> BiasVariance.of(s -> truth, Dataset.of(new double[][] {{1}}, new double[][] {{1, 2}})),
                "2 target columns", "e.g."));
        c.add(Case.of("biasVariance: net with two outputs", IAE,
                () -> bv.estimateModel((set, s) -> x -> new DMatrixRMaj(x.numRows, 2)), "10×2", "one output"));
        c.add(Case.of("biasVariance: fit returns null", IAE, () -> bv.estimate((set, s) -> null), "Received: null"));
        c.add(Case.of("biasVariancePlots: x and estimates differ", IAE,
                () -> BiasVariancePlots.curves("t", "x", new double[] {1, 2}, List.of()), "Received: 0 estimates"));
        return c;
    }
}
