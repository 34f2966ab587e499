package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;
import nnlab.data.Synthetic;
import nnlab.diagnose.GradientCheck;
import nnlab.loss.Loss;
import nnlab.mat.FloatCopy;
import nnlab.mat.Gemm;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/** Bad input for mixed precision (issue 14): a missing precision, float products that do not fit. */
final class PrecisionCases {

    private PrecisionCases() {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Net net = Net.input(2).dense(3, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
        cases.add(Case.of("precision: a run without a precision", IllegalArgumentException.class,
                () -> net.train(Synthetic.moons(10, 0.1, 1)).precision(null), "precision(Precision.MIXED)", "null"));
        cases.add(Case.of("precision: a dense layer without a precision", IllegalArgumentException.class,
                () -> new Dense("d", 2, 3).precision(null), "Precision.DOUBLE", "Precision.MIXED", "Received: null"));
        DMatrixRMaj x = new DMatrixRMaj(2, 2);
        DMatrixRMaj y = new DMatrixRMaj(2, 1);
        cases.add(Case.of("precision: a gradient check without a precision", IllegalArgumentException.class,
                () -> GradientCheck.run(net, Loss.mse(), x, y, 1e-5, 1e-7, null), "Precision.DOUBLE", "precision=null"));
        FloatCopy a = new FloatCopy().of(new DMatrixRMaj(3, 4));
        FloatCopy b = new FloatCopy().of(new DMatrixRMaj(5, 2));
        cases.add(Case.of("precision: float32 operands whose inner sizes differ", IllegalArgumentException.class,
                () -> Gemm.gemm(1.0, a, false, b, false, 0.0, new DMatrixRMaj(1, 1)), "3x4", "5x2", "4 and 5"));
        return cases;
    }
}
