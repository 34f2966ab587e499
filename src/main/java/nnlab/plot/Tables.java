package nnlab.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import nnlab.metrics.BinaryConfusion;
import nnlab.tabular.SignificantDigits;
import nnlab.train.History;
import nnlab.tune.Search;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * nnlab's results as Tablesaw tables, to sort, filter, or plot with Tablesaw's own recipes.
 *
 * <p>Every table prints its real numbers to 4 significant digits (0.5720, 12.35, 1.235e-05; the
 * rule is {@link SignificantDigits}'s), in the notebook's HTML and in text alike, while its
 * columns keep the exact doubles: {@code t.doubleColumn("loss").get(0)} is the value training
 * recorded. Counts and epoch numbers are integer columns and print as integers.
 */
public final class Tables {

    private Tables() {}

    /**
     * One row per completed epoch: {@code epoch}, {@code loss}, {@code val_loss} (when there was
     * validation data), each recorded metric, {@code seconds}.
     */
    public static Table of(History history) {
        Require.given("history", history, "the History a run returned");
        Table t = Table.create("history");
        t.addColumns(IntColumn.create("epoch", history.epochs().stream().mapToInt(e -> e.epoch()).toArray()));
        List<String> shown = new ArrayList<>(List.of("loss"));
        if (HistoryPlots.hasValidation(history)) {
            shown.add("val_loss");
        }
        shown.addAll(history.metricNames());
        for (String c : shown) {
            t.addColumns(readable(c, history.column(c)));
        }
        t.addColumns(readable("seconds", history.seconds()));
        return t;
    }

    /**
     * One row per trial of a search, in the order they ran: {@code trial}, one column per
     * hyperparameter, {@code bracket} (for Hyperband), {@code budget} (for successive halving and Hyperband),
     * {@code score}. Sort it with {@code .sortAscendingOn("score")}.
     */
    public static Table of(Search.Result result) {
        Require.given("result", result, "Search.random(space, 20, 1, objective)");
        Table t = Table.create(result.strategy() + " search");
        t.addColumns(IntColumn.create("trial", result.trials().stream().mapToInt(Search.Trial::number).toArray()));
        if (!result.trials().isEmpty()) {
            for (String name : result.trials().get(0).params().values().keySet()) {
                double[] v = result.trials().stream().mapToDouble(tr -> tr.params().get(name)).toArray();
                // whole numbers (units, batch size) as integers, others (η, λ) to 4 significant digits
                boolean whole = java.util.Arrays.stream(v).allMatch(x -> x == Math.rint(x));
                DoubleColumn c = readable(name, v);
                if (whole) {
                    c.setPrintFormatter(NumberColumnFormatter.ints());
                }
                t.addColumns(c);
            }
        }
        if (result.trials().stream().anyMatch(tr -> tr.bracket() >= 0)) {
            t.addColumns(IntColumn.create("bracket", result.trials().stream().mapToInt(Search.Trial::bracket).toArray()));
        }
        if (result.totalBudget() > 0) {
            t.addColumns(IntColumn.create("budget", result.trials().stream().mapToInt(Search.Trial::budget).toArray()));
        }
        t.addColumns(readable("score", result.trials().stream().mapToDouble(Search.Trial::score).toArray()));
        return t;
    }

    /**
     * A binary classifier at several thresholds, one row each: {@code threshold}, the counts
     * {@code TP}, {@code FP (type I)}, {@code FN (type II)}, {@code TN}, and {@code precision},
     * {@code recall}, {@code F1}, {@code FPR} (see {@link BinaryConfusion}; an undefined rate,
     * such as the precision when nothing is called positive, prints as a blank).
     *
     * @param scores one score per example, predicted positive when score ≥ threshold
     * @param labels 0 or 1, one per score
     */
    public static Table thresholds(double[] scores, int[] labels, double... thresholds) {
        Require.given("thresholds", thresholds, "0.3, 0.5, 0.7");
        BinaryConfusion[] rows = new BinaryConfusion[thresholds.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = BinaryConfusion.of(scores, labels, thresholds[i]);
        }
        Table t = Table.create("Counts and rates per threshold");
        t.addColumns(readable("threshold", thresholds));
        t.addColumns(count("TP", rows, BinaryConfusion::tp), count("FP (type I)", rows, BinaryConfusion::fp),
                count("FN (type II)", rows, BinaryConfusion::fn), count("TN", rows, BinaryConfusion::tn));
        t.addColumns(rate("precision", rows, BinaryConfusion::precision), rate("recall", rows, BinaryConfusion::recall),
                rate("F1", rows, BinaryConfusion::f1), rate("FPR", rows, BinaryConfusion::falsePositiveRate));
        return t;
    }

    private static IntColumn count(String name, BinaryConfusion[] rows, ToDoubleFunction<BinaryConfusion> f) {
        int[] v = new int[rows.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (int) f.applyAsDouble(rows[i]);
        }
        return IntColumn.create(name, v);
    }

    private static DoubleColumn rate(String name, BinaryConfusion[] rows, ToDoubleFunction<BinaryConfusion> f) {
        double[] v = new double[rows.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(rows[i]);
        }
        return readable(name, v);
    }

    /** A column of the exact values that prints them to 4 significant digits. */
    static DoubleColumn readable(String name, double[] values) {
        DoubleColumn c = DoubleColumn.create(name, values);
        c.setPrintFormatter(new SignificantDigits());
        return c;
    }
}
