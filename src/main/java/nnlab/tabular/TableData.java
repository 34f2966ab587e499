package nnlab.tabular;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;
import nnlab.data.Dataset;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Your own data: a {@link Dataset} from a Tablesaw {@link Table} or a CSV file, and a dataset
 * back as a table to look at.
 *
 * <pre>{@code
 *   Dataset iris  = TableData.fromCsv("iris.csv", "species");              // 3 classes, one-hot
 *   Dataset homes = TableData.from(table, "price", "rooms", "area");       // regression on 2 features
 *   TableData.toTable(iris.rows(new int[] {0, 1, 2}))                      // features by name, class by name
 * }</pre>
 *
 * <p><b>The target column</b> decides the task. A numeric column gives regression: one target
 * column y holding its values. A text column (or a true/false column) gives classification: its
 * distinct values are the classes, numbered in sorted order (numerically when every name is a
 * number, "2" before "10"; alphabetically otherwise), so the same file read twice, or a training
 * and a test file holding the same classes, always number them alike. Two classes become one 0/1
 * column (the second name is class 1, the "positive" class of a ROC curve); k &gt; 2 become k
 * one-hot columns ({@link Dataset#classification(DMatrixRMaj, int[], int)}). Class codes stored as
 * numbers (0/1) read as regression: turn the column to text first,
 * {@code table.replaceColumn("target", table.intColumn("target").asStringColumn())}.
 *
 * <p><b>Feature columns</b> are the ones named, in that order, or by default every other numeric
 * column in the table's order (a text column such as an id or a name is left out; the dataset's
 * {@link Dataset#featureNames()} lists what was used). A named feature column holding text is
 * rejected: encode it as numbers (one 0/1 column per category) or leave it out. A missing value
 * in any used column is rejected with its row and column; nothing is imputed silently.
 */
public final class TableData {

    /** The name of the target column of {@link #toTable} for classes. */
    public static final String CLASS_COLUMN = "class";

    private TableData() {}

    /**
     * A dataset from a CSV file with a header row; column types are detected by Tablesaw.
     *
     * @param path   the file
     * @param target the column to predict
     * @param features the feature columns, in order; none: every other numeric column
     * @throws IllegalArgumentException if the file is missing or unreadable, or as {@link #from(Table, String, String...)};
     *     a row is then also given as its line in the file
     */
    public static Dataset fromCsv(String path, String target, String... features) {
        if (path == null) {
            throw new IllegalArgumentException("fromCsv needs the path of a CSV file, e.g. \"data/houses.csv\"."
                    + " Received: path=null");
        }
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No CSV file at '" + path + "' (looked at " + file.toAbsolutePath()
                    + "). Check the path; a relative path starts in the notebook's folder.");
        }
        Table table;
        try {
            table = Table.read().csv(CsvReadOptions.builder(file.toFile()).build());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Cannot read '" + path + "' as CSV with a header row: " + e.getMessage(), e);
        }
        return from(table, target, features, r -> "row " + r + " (line " + (r + 2) + " of " + path + ")");
    }

    /**
     * A dataset from a table.
     *
     * @param table    the data, one example per row; Not modified
     * @param target   the column to predict: numeric for regression, text for classes
     * @param features the feature columns, in order; none: every other numeric column
     * @throws IllegalArgumentException naming an unknown column (with the table's columns), a
     *     text feature column, the target used as a feature, a target with fewer than 2 classes,
     *     or the row and column of a missing value
     */
    public static Dataset from(Table table, String target, String... features) {
        return from(table, target, features, r -> "row " + r + " (counting data rows from 0)");
    }

    private static Dataset from(Table table, String target, String[] features, IntFunction<String> row) {
        if (table == null) {
            throw new IllegalArgumentException("TableData.from needs a table, e.g. Table.read().csv(\"data.csv\")."
                    + " Received: table=null");
        }
        if (target == null || features == null || Arrays.asList(features).contains(null)) {
            throw new IllegalArgumentException("Name the target column and the feature columns by their names."
                    + " Its columns: " + describe(table) + ". Received: target=" + target + ", features="
                    + (features == null ? "null" : Arrays.toString(features)));
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("Table '" + table.name() + "' has no rows.");
        }
        Column<?> y = column(table, target);
        List<Column<?>> xs = new ArrayList<>();
        if (features.length == 0) {
            for (Column<?> c : table.columns()) {
                if (!c.name().equals(y.name()) && c instanceof NumericColumn<?>) {
                    xs.add(c);
                }
            }
            if (xs.isEmpty()) {
                throw new IllegalArgumentException("Table '" + table.name() + "' has no numeric column besides the target '"
                        + target + "' to use as a feature. Its columns: " + describe(table));
            }
        } else {
            for (String f : features) {
                Column<?> c = column(table, f);
                if (c.name().equals(y.name())) {
                    throw new IllegalArgumentException("Column '" + f + "' is the target; it cannot also be a feature."
                            + " Received: features=" + List.of(features));
                }
                if (!(c instanceof NumericColumn<?>)) {
                    throw new IllegalArgumentException("Feature column '" + f + "' holds " + c.type().name().toLowerCase()
                            + " values (first: '" + c.getString(0) + "'), not numbers. Encode it as numbers (one 0/1"
                            + " column per category) or leave it out of the feature columns.");
                }
                xs.add(c);
            }
        }
        int n = table.rowCount();
        DMatrixRMaj x = new DMatrixRMaj(n, xs.size());
        List<String> names = new ArrayList<>();
        for (int j = 0; j < xs.size(); j++) {
            NumericColumn<?> c = (NumericColumn<?>) xs.get(j);
            names.add(c.name());
            for (int r = 0; r < n; r++) {
                requirePresent(c, r, row);
                x.set(r, j, c.getDouble(r));
            }
        }
        if (y instanceof NumericColumn<?> v) {
            DMatrixRMaj t = new DMatrixRMaj(n, 1);
            for (int r = 0; r < n; r++) {
                requirePresent(v, r, row);
                t.set(r, 0, v.getDouble(r));
            }
            return new Dataset(x, t).withNames(names, List.of());
        }
        if (!(y instanceof StringColumn) && !(y instanceof BooleanColumn)) {
            throw new IllegalArgumentException("Target column '" + target + "' holds " + y.type().name().toLowerCase()
                    + " values; use a numeric column (regression) or a text column (classes).");
        }
        TreeSet<String> distinct = new TreeSet<>(classOrder(y));
        for (int r = 0; r < n; r++) {
            requirePresent(y, r, row);
            distinct.add(y.getString(r));
        }
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("Target column '" + target + "' has only one class " + distinct
                    + "; a classifier needs at least 2.");
        }
        List<String> classes = List.copyOf(distinct);
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            labels[r] = classes.indexOf(y.getString(r));
        }
        return Dataset.classification(x, labels, classes.size()).withNames(names, classes);
    }

    /**
     * A dataset as a table to look at: one column per feature (by name), then the targets: a
     * {@value #CLASS_COLUMN} column of class names when the classes have names, otherwise the
     * target values ({@code y} for one column, {@code y1} … {@code yk} for k). Columns keep the
     * exact doubles and print whole numbers as integers, others to 4 significant digits
     * ({@link SignificantDigits}). From a table so
     * made, {@code from(table, "class")} gives the same dataset back when its class names are in
     * sorted order.
     *
     * @param data the examples; Not modified
     */
    public static Table toTable(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("toTable needs a dataset, e.g. TableData.toTable(Datasets.iris())."
                    + " Received: data=null");
        }
        Table t = Table.create("Dataset");
        List<String> features = data.featureNames();
        DMatrixRMaj x = data.xView();
        for (int j = 0; j < x.numCols; j++) {
            double[] v = new double[x.numRows];
            for (int r = 0; r < v.length; r++) {
                v[r] = x.get(r, j);
            }
            t.addColumns(readable(features.get(j), v));
        }
        if (!data.classNames().isEmpty()) {
            int[] labels = data.labels();
            String[] names = new String[labels.length];
            for (int r = 0; r < names.length; r++) {
                names[r] = data.className(labels[r]);
            }
            t.addColumns(StringColumn.create(CLASS_COLUMN, names));
            return t;
        }
        DMatrixRMaj y = data.yView();
        for (int j = 0; j < y.numCols; j++) {
            double[] v = new double[y.numRows];
            for (int r = 0; r < v.length; r++) {
                v[r] = y.get(r, j);
            }
            t.addColumns(readable(y.numCols == 1 ? "y" : "y" + (j + 1), v));
        }
        return t;
    }

    /** The exact values, printed as whole numbers when all are (pixels 0-255, room counts), else to 4 significant digits. */
    private static DoubleColumn readable(String name, double[] values) {
        DoubleColumn c = DoubleColumn.create(name, values);
        boolean whole = true;
        for (double v : values) {
            whole &= v == Math.rint(v) && Math.abs(v) < 1e15;
        }
        c.setPrintFormatter(whole ? NumberColumnFormatter.ints() : new SignificantDigits());
        return c;
    }

    /** Numerically when every value of the column is a number ("2" before "10"), alphabetically otherwise. */
    private static Comparator<String> classOrder(Column<?> y) {
        for (int r = 0; r < y.size(); r++) {
            if (!y.isMissing(r) && !isNumber(y.getString(r))) {
                return Comparator.naturalOrder();
            }
        }
        return Comparator.comparingDouble(Double::parseDouble);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void requirePresent(Column<?> c, int r, IntFunction<String> row) {
        if (c.isMissing(r)) {
            throw new IllegalArgumentException("Column '" + c.name() + "' has a missing value at " + row.apply(r)
                    + ". Fill it in, drop that row (table.dropRowsWithMissingValues()), or leave the column out.");
        }
    }

    private static Column<?> column(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("Table '" + table.name() + "' has no column '" + name + "'. Its columns: "
                    + describe(table));
        }
        return table.column(name);
    }

    /** "[sepal_length (double), species (string)]". */
    private static String describe(Table table) {
        List<String> out = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            out.add(c.name() + " (" + c.type().name().toLowerCase() + ")");
        }
        return out.toString();
    }
}
