package nnlab.plot;

import nnlab.train.History;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** nnlab's results as Tablesaw tables, to sort, filter, or plot with Tablesaw's own recipes. */
public final class Tables {

    private Tables() {}

    /**
     * One row per completed epoch: {@code epoch}, {@code loss}, {@code val_loss} (when there was
     * validation data), each recorded metric, {@code seconds}.
     */
    public static Table of(History history) {
        Table t = Table.create("history");
        t.addColumns(IntColumn.create("epoch", history.epochs().stream().mapToInt(e -> e.epoch()).toArray()));
        for (String c : HistoryColumns.names(history)) {
            t.addColumns(DoubleColumn.create(c, HistoryColumns.values(history, c)));
        }
        t.addColumns(DoubleColumn.create("seconds", history.seconds()));
        return t;
    }
}
