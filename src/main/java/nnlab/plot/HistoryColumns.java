package nnlab.plot;

import java.util.ArrayList;
import java.util.List;
import nnlab.train.History;

/**
 * The columns {@link Tables#of(History)} shows: loss, val_loss when recorded, the metrics. Names
 * map to values in one place only, {@link History#column(String)}; this class only chooses.
 */
final class HistoryColumns {

    private HistoryColumns() {}

    static List<String> names(History h) {
        List<String> names = new ArrayList<>(List.of("loss"));
        if (HistoryPlots.hasValidation(h)) {
            names.add("val_loss");
        }
        names.addAll(h.metricNames());
        return names;
    }

    static double[] values(History h, String column) {
        return h.column(column);
    }
}
