package nnlab.plot;

import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.train.Net;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Trained nets side by side on one training and one validation set: one row per net with its
 * {@code train loss} L_train, {@code valid loss} L_valid and {@code gap} = L_valid − L_train,
 * each the mean loss in inference mode ({@code net.evaluate(data).loss()}), so a dropout net is
 * measured without its masks and a penalty Ω is not part of either loss. Immutable: {@link #row}
 * returns a new table with one more row.
 *
 * <pre>
 *   GapTable.of(train, valid).row("none", plain).row("L2, λ = 0.01", l2).table()
 * </pre>
 */
public final class GapTable {

    private final Dataset train;
    private final Dataset valid;
    private final List<String> names;
    private final List<double[]> losses;

    private GapTable(Dataset train, Dataset valid, List<String> names, List<double[]> losses) {
        this.train = train;
        this.valid = valid;
        this.names = names;
        this.losses = losses;
    }

    /** An empty table over these two sets. */
    public static GapTable of(Dataset train, Dataset valid) {
        Require.given("train", train, "the training Dataset");
        Require.given("valid", valid, "the validation Dataset");
        return new GapTable(train, valid, List.of(), List.of());
    }

    /** This table and a row for {@code net}, named {@code name}; the losses are measured now. */
    public GapTable row(String name, Net net) {
        Require.given("name", name, "\"L2, λ = 0.01\"");
        Require.given("net", net, "a trained Net");
        if (names.contains(name)) {
            throw new IllegalArgumentException("Each row needs its own name; " + names + " are taken. Received: name="
                    + name);
        }
        List<String> n = new ArrayList<>(names);
        n.add(name);
        List<double[]> l = new ArrayList<>(losses);
        l.add(new double[] {net.evaluate(train).loss(), net.evaluate(valid).loss()});
        return new GapTable(train, valid, List.copyOf(n), List.copyOf(l));
    }

    /** This table and a row for every net of {@code nets}, in the series' order, named by it. */
    public GapTable rows(Series<Net> nets) {
        Require.given("nets", nets, "Series.of(\"2 units\", small, \"8 units\", big)");
        GapTable t = this;
        for (int i = 0; i < nets.size(); i++) {
            t = t.row(nets.names().get(i), nets.values().get(i));
        }
        return t;
    }

    /** The gap L_valid − L_train of the row named {@code name}. */
    public double gap(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("No row is named " + name + "; the rows are " + names + ". Received: name="
                    + name);
        }
        return losses.get(i)[1] - losses.get(i)[0];
    }

    /** Columns {@code approach}, {@code train loss}, {@code valid loss}, {@code gap}, one row per net in the order added. */
    public Table table() {
        double[] tr = new double[names.size()];
        double[] va = new double[names.size()];
        double[] gap = new double[names.size()];
        for (int i = 0; i < tr.length; i++) {
            tr[i] = losses.get(i)[0];
            va[i] = losses.get(i)[1];
            gap[i] = va[i] - tr[i];
        }
        Table t = Table.create("train and validation loss, and their gap");
        t.addColumns(StringColumn.create("approach", names), Tables.readable("train loss", tr),
                Tables.readable("valid loss", va), Tables.readable("gap", gap));
        return t;
    }

    @Override
    public String toString() { return table().print(); }
}
