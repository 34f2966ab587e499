package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;

/** Bad inputs to data, nets, layers, matrices (nnlab.data, nnlab.nn, nnlab.mat, nnlab.tabular, Net). */
final class StateCases {

    private StateCases() {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        return cases;
    }
}
