package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;

/** Bad inputs to targets, losses, training runs, callbacks (nnlab.loss, nnlab.train). */
final class TrainingCases {

    private TrainingCases() {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        return cases;
    }
}
