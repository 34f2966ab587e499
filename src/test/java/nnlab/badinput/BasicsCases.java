package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;
import nnlab.init.Init;

/** Bad input for the initializer names of issue 12: the ambiguous "Xavier uniform". */
final class BasicsCases {

    private BasicsCases() {}

    @SuppressWarnings("deprecation")
    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(Case.of("init: xavierUniform is ambiguous and names both schemes", UnsupportedOperationException.class,
                Init::xavierUniform, "xavierUniform()", "Init.normalizedXavier()", "Init.xavierFanIn()",
                "1/sqrt(n)", "sqrt(6)/sqrt(n+m)"));
        return cases;
    }
}
