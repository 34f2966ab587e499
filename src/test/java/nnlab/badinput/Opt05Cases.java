package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;
import nnlab.optim.Optimizer;
import nnlab.optim.PathPoint;
import nnlab.optim.Surface;
import nnlab.optim.Template;
import org.ejml.data.DMatrixRMaj;

/** Bad inputs to the optimizer inspection API of issue 12: trace, referenceStep, Template, stepsTo. */
final class Opt05Cases {

    private Opt05Cases() {}

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(Case.of("optim: trace without gradients", IAE, () -> Optimizer.adam(0.1).trace(), "gradients=none", "e.g."));
        c.add(Case.of("optim: trace NaN gradient", IAE, () -> Optimizer.sgd(0.1).trace(1, Double.NaN), "gradients[1]=NaN"));
        c.add(Case.of("optim: trace unknown state name", IAE, () -> Optimizer.adam(0.1).trace(1).state("v", 1), "name=v", "[m, V]"));
        c.add(Case.of("optim: trace step 0", IAE, () -> Optimizer.adam(0.1).trace(1).delta(0), "t=0"));
        c.add(Case.of("optim: referenceStep t 0", IAE, () -> Optimizer.adam(0.1).referenceStep(new DMatrixRMaj(1, 2), 0), "t=0"));
        c.add(Case.of("optim: referenceStep nadam t 2", IAE,
                () -> Optimizer.nadam(0.1).referenceStep(new DMatrixRMaj(1, 2), 2), "t=2", "Nadam"));
        c.add(Case.of("optim: referenceStep wrong state shape", IAE,
                () -> Optimizer.momentum(0.1, 0.9).referenceStep(new DMatrixRMaj(1, 2), 1, new DMatrixRMaj(2, 2)), "2x2", "1x2"));
        c.add(Case.of("optim: referenceStep state for sgd", IAE,
                () -> Optimizer.sgd(0.1).referenceStep(new DMatrixRMaj(1, 2), 1, new DMatrixRMaj(1, 2)), "1 state matrices"));
        c.add(Case.of("optim: template table empty", IAE, () -> Template.table(), "optimizers=none"));
        c.add(Case.of("optim: stepsTo radius 0", IAE,
                () -> PathPoint.stepsTo(Surface.bowl().path(Optimizer.sgd(0.1), 1, 1, 2), 0, 0, 0), "radius=0.0"));
        return c;
    }
}
