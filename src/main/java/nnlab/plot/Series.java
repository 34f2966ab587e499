package nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Named values in the order they were given: the runs of a comparison, the curves of a plot,
 * the results of a loop. The names label the plot's lines in that order, so a legend reads as
 * written. Immutable; {@link #and} and {@link #map} return a new series.
 *
 * <pre>{@code
 *   var runs = Series.of("SGD", h1, "Adam", h2);                          // name, value, name, value…
 *   var paths = Series.over(List.of(0.05, 0.15, 0.21), eta -> "η = " + eta,
 *                           eta -> valley.path(Optimizer.sgd(eta), 2.5, 1.0, 40));
 *   var histories = optimizers.map(o -> net(1).train(data).optimizer(o).run());
 *   Plot.compare(runs, "loss")
 * }</pre>
 *
 * Names are unique (a second line with the same legend entry could not be told apart): a
 * duplicate is an error naming it. Neither names nor values may be null.
 *
 * @param <T> the type of the values
 */
public final class Series<T> {

    private final List<String> names;
    private final List<T> values;

    private Series(List<String> names, List<T> values) {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n == null) {
                throw new IllegalArgumentException("A series name is null (entry " + i + "); give every value a name,"
                        + " e.g. Series.of(\"SGD\", h1).");
            }
            if (values.get(i) == null) {
                throw new IllegalArgumentException("The value named '" + n + "' is null; give a value for each name."
                        + " Received: " + n + "=null");
            }
            if (names.subList(0, i).contains(n)) {
                throw new IllegalArgumentException("The name '" + n + "' appears twice in a series; each name labels"
                        + " one line, so give each value its own name. Received: names=" + names);
            }
        }
        this.names = Collections.unmodifiableList(new ArrayList<>(names));
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The series with no entries, to start one with {@link #and}. */
    public static <T> Series<T> empty() {
        return new Series<>(List.of(), List.of());
    }

    /** One named value. */
    public static <T> Series<T> of(String name, T value) {
        return new Series<>(Arrays.asList(name), Arrays.asList(value));
    }

    /** Two named values, in this order. */
    public static <T> Series<T> of(String n1, T v1, String n2, T v2) {
        return of(n1, v1).and(n2, v2);
    }

    /** Three named values, in this order. */
    public static <T> Series<T> of(String n1, T v1, String n2, T v2, String n3, T v3) {
        return of(n1, v1, n2, v2).and(n3, v3);
    }

    /** Four named values, in this order. */
    public static <T> Series<T> of(String n1, T v1, String n2, T v2, String n3, T v3, String n4, T v4) {
        return of(n1, v1, n2, v2, n3, v3).and(n4, v4);
    }

    /** Five named values, in this order. */
    public static <T> Series<T> of(String n1, T v1, String n2, T v2, String n3, T v3, String n4, T v4,
                                   String n5, T v5) {
        return of(n1, v1, n2, v2, n3, v3, n4, v4).and(n5, v5);
    }

    /** Six named values, in this order; chain {@link #and} for more. */
    public static <T> Series<T> of(String n1, T v1, String n2, T v2, String n3, T v3, String n4, T v4,
                                   String n5, T v5, String n6, T v6) {
        return of(n1, v1, n2, v2, n3, v3, n4, v4, n5, v5).and(n6, v6);
    }

    /**
     * One entry per key, in the keys' order: the loop of a comparison in one line.
     *
     * <pre>{@code
     *   Series.over(List.of(0.01, 0.1, 1.0), eta -> "η = " + eta, eta -> run(Optimizer.sgd(eta)))
     * }</pre>
     *
     * @param keys  what the entries are made from (learning rates, seeds, layer counts, …); Not modified.
     * @param name  the legend name of a key's entry
     * @param value the value of a key's entry, computed once per key, in order
     */
    public static <K, T> Series<T> over(Iterable<K> keys, Function<? super K, String> name,
                                        Function<? super K, ? extends T> value) {
        if (keys == null || name == null || value == null) {
            throw new IllegalArgumentException("Give the keys and how to name and compute each entry, e.g."
                    + " Series.over(List.of(0.01, 0.1), eta -> \"η = \" + eta, eta -> run(eta)). Received: keys=" + keys
                    + (name == null ? ", name=null" : "") + (value == null ? ", value=null" : ""));
        }
        List<String> n = new ArrayList<>();
        List<T> v = new ArrayList<>();
        for (K k : keys) {
            n.add(name.apply(k));
            v.add(value.apply(k));
        }
        return new Series<>(n, v);
    }

    /** As {@link #over(Iterable, Function, Function)} with the names themselves as keys. */
    public static <T> Series<T> over(Iterable<String> names, Function<? super String, ? extends T> value) {
        return over(names, n -> n, value);
    }

    /**
     * The entries of a map in its iteration order, for results that come as maps (such as
     * {@code LayerValues.of(net, data)}, whose order is the net's).
     */
    public static <T> Series<T> copyOf(Map<String, ? extends T> map) {
        if (map == null) {
            throw new IllegalArgumentException("Give a map from names to values, e.g. LayerValues.WEIGHTS.of(net, null)."
                    + " Received: map=null");
        }
        return new Series<>(new ArrayList<>(map.keySet()), new ArrayList<>(map.values()));
    }

    /** A new series with {@code (name, value)} appended; this one is not modified. */
    public Series<T> and(String name, T value) {
        List<String> n = new ArrayList<>(names);
        List<T> v = new ArrayList<>(values);
        n.add(name);
        v.add(value);
        return new Series<>(n, v);
    }

    /** The same names with {@code f} applied to each value, in order (e.g. optimizers → their histories). */
    public <R> Series<R> map(Function<? super T, ? extends R> f) {
        List<R> v = new ArrayList<>(values.size());
        values.forEach(x -> v.add(f.apply(x)));
        return new Series<>(names, v);
    }

    /**
     * The value named {@code name}.
     *
     * @throws IllegalArgumentException if there is none, listing the names there are
     */
    public T get(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("No entry named '" + name + "' in this series. Names: " + names);
        }
        return values.get(i);
    }

    /** The names, in order (unmodifiable). */
    public List<String> names() {
        return names;
    }

    /** The values, in the names' order (unmodifiable). */
    public List<T> values() {
        return values;
    }

    /** Number of entries. */
    public int size() {
        return names.size();
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** Calls {@code action(name, value)} for each entry, in order. */
    public void forEach(BiConsumer<String, ? super T> action) {
        for (int i = 0; i < names.size(); i++) {
            action.accept(names.get(i), values.get(i));
        }
    }

    /** @throws IllegalArgumentException if empty, saying what to give (e.g. {@code Series.of("SGD", history)}) */
    static <T> Series<T> requireNonEmpty(Series<T> series, String example) {
        if (series == null || series.names.isEmpty()) {
            throw new IllegalArgumentException("This series is " + (series == null ? "null" : "empty")
                    + "; give at least one entry, e.g. " + example + ". Received: "
                    + (series == null ? "series=null" : "an empty series"));
        }
        return series;
    }

    /** One line per entry, {@code name = value}; arrays are written out. */
    @Override
    public String toString() {
        if (names.isEmpty()) {
            return "Series (empty)";
        }
        StringBuilder sb = new StringBuilder("Series of " + names.size() + ":");
        forEach((n, v) -> sb.append("\n  ").append(n).append(" = ").append(text(v)));
        return sb.toString();
    }

    private static String text(Object v) {
        if (v instanceof double[] d) {
            return Arrays.toString(d);
        }
        if (v instanceof int[] d) {
            return Arrays.toString(d);
        }
        if (v instanceof Object[] d) {
            return Arrays.deepToString(d);
        }
        return String.valueOf(v).replace("\n", "\n    ");
    }

    /** Equal when the names, their order and the values are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Series<?> s && names.equals(s.names) && values.equals(s.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(names, values);
    }
}
