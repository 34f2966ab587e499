package nnlab.plot;

import java.util.ArrayList;
import java.util.List;
import nnlab.train.History;

/** A {@link History}'s columns by the names a student types: "loss", "val_loss", metric names. */
final class HistoryColumns {

    private HistoryColumns() {}

    static List<String> names(History h) {
        List<String> names = new ArrayList<>(List.of("loss"));
        if (hasValidation(h)) {
            names.add("val_loss");
        }
        names.addAll(h.metricNames());
        return names;
    }

    static boolean hasValidation(History h) {
        for (double v : h.validationLoss()) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    static double[] values(History h, String column) {
        if (column.equals("loss")) {
            return h.trainLoss();
        }
        if (column.equals("val_loss")) {
            return h.validationLoss();
        }
        if (!h.metricNames().contains(column)) {
            throw new IllegalArgumentException("This history has no column '" + column + "'. Columns: " + names(h));
        }
        return h.metric(column);
    }

    /** "loss" → [loss, val_loss]; "accuracy" → [accuracy, val_accuracy]; "val_x" → [val_x]; only those recorded. */
    static List<String> trainAndValidation(History h, String column) {
        List<String> names = names(h);
        if (!names.contains(column)) {
            throw new IllegalArgumentException("This history has no column '" + column + "'. Columns: " + names);
        }
        List<String> out = new ArrayList<>(List.of(column));
        if (!column.startsWith("val_") && names.contains("val_" + column)) {
            out.add("val_" + column);
        }
        return out;
    }
}
