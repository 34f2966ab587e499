package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;

/** Bad inputs to net files and history files (nnlab.io). */
final class FileCases {

    private FileCases() {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        return cases;
    }
}
