package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;

/** Bad inputs to optimizers, schedules, regularizers, initializers, metrics, tune, pretrain, diagnose, plot. */
final class ApiCases {

    private ApiCases() {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        return cases;
    }
}
