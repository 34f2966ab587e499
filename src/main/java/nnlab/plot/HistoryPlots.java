package nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.train.History;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The training-history recipes behind {@link Plot#history} and {@link Plot#compare}. Columns are
 * read through {@link History#column(String)}, so every name a history accepts is plottable.
 */
final class HistoryPlots {

    private HistoryPlots() {}

    static Figure history(History history, String column, Scale yScale, String title) {
        requireEpochs(history);
        double[] epochs = history.epochNumbers();
        List<Trace> traces = new ArrayList<>();
        List<String> columns = trainAndValidation(history, column);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            double[] v = history.column(c);
            for (double x : v) {
                if (Double.isFinite(x) && (yScale != Scale.LOG || x > 0)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
            String name = c.startsWith("val_") ? "validation" : "training";
            traces.add(JsonTrace.line(name, epochs, v, Colors.of(i)).put("mode", Layouts.mode(epochs.length)));
        }
        if (column.equals("loss") && Arrays.stream(history.penalty()).anyMatch(p -> p > 0)) {
            JsonTrace data = JsonTrace.line("training data loss (without penalty)", epochs, history.dataLoss(),
                    Colors.of(0));
            data.object("line").put("dash", "dot");
            traces.add(1, data);
        }
        title += history.interrupted() ? " (interrupted)" : "";
        if (history.stopped() && hasValidation(history) && lo <= hi) {
            int best = argmin(history.validationLoss());
            double e = epochs[best];
            JsonTrace mark = JsonTrace.line("best val_loss (epoch " + (int) e + ")", new double[] {e, e},
                    new double[] {lo, hi}, "#555555");
            mark.object("line").put("dash", "dash");
            traces.add(mark);
            title += ", stopped early";
        }
        return new Figure(Layouts.counted(title, "epoch", epochs[epochs.length - 1], column, yScale),
                traces.toArray(new Trace[0]));
    }

    static Figure compare(Series<History> runs, String column, Scale yScale) {
        Series.requireNonEmpty(runs, "Series.of(\"SGD\", h1, \"Adam\", h2)");
        List<Trace> traces = new ArrayList<>();
        double last = 1;
        for (int i = 0; i < runs.size(); i++) {
            History h = runs.values().get(i);
            requireEpochs(h);
            requireColumn(h, column);
            double[] epochs = h.epochNumbers();
            last = Math.max(last, epochs[epochs.length - 1]);
            traces.add(JsonTrace.line(runs.names().get(i), epochs, h.column(column), Colors.of(i)));
        }
        return new Figure(Layouts.counted(Layouts.pretty(column) + " per epoch, " + runs.size() + " runs", "epoch",
                last, column, yScale), traces.toArray(new Trace[0]));
    }

    /**
     * "loss" → [loss, val_loss]; "accuracy" → [accuracy, val_accuracy]; "val_x" → [val_x]: the
     * column and its validation twin when that was recorded.
     *
     * @throws IllegalArgumentException for a name {@link History#column(String)} does not accept
     */
    static List<String> trainAndValidation(History h, String column) {
        requireColumn(h, column);
        List<String> names = h.columnNames();
        List<String> out = new ArrayList<>(List.of(column));
        String twin = "val_" + column;
        if (!column.startsWith("val_") && names.contains(twin) && Arrays.stream(h.column(twin)).anyMatch(v -> !Double.isNaN(v))) {
            out.add(twin);
        }
        return out;
    }

    /** Throws unless {@code column} names a column of {@code h}, with History's own message (it lists the names). */
    static void requireColumn(History h, String column) {
        if (!h.columnNames().contains(column)) {
            h.column(column);
        }
    }

    static boolean hasValidation(History h) {
        return Arrays.stream(h.validationLoss()).anyMatch(v -> !Double.isNaN(v));
    }

    static void requireEpochs(History h) {
        if (h == null) {
            throw new IllegalArgumentException("Give the History a training run returned, e.g. Plot.history(net.train(data)"
                    + ".epochs(50).run()). Received: history=null");
        }
        if (h.size() == 0) {
            throw new IllegalArgumentException("This history has no completed epoch to plot (was training interrupted"
                    + " before the first epoch ended?).");
        }
    }

    private static int argmin(double[] v) {
        int best = -1;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i]) && (best < 0 || v[i] < v[best])) {
                best = i;
            }
        }
        return Math.max(best, 0);
    }
}
