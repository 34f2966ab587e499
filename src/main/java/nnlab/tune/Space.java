package nnlab.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search space: named hyperparameters, each with its range. Every search strategy works in the
 * unit cube, one coordinate u ∈ [0, 1] per hyperparameter, and the space turns u into a value:
 * <ul>
 * <li>{@link #logUniform}: {@code min·(max/min)^u}, for scale parameters such as the learning
 *     rate or λ, where 1e-4 → 1e-3 matters as much as 1e-2 → 1e-1;</li>
 * <li>{@link #uniform}: {@code min + u·(max − min)};</li>
 * <li>{@link #integer}: an integer from min to max, each equally likely under uniform u;</li>
 * <li>{@link #choice}: one of the listed values, each equally likely under uniform u.</li>
 * </ul>
 *
 * <pre>{@code
 *   var space = new Space().logUniform("eta", 1e-4, 1).integer("units", 2, 64);
 * }</pre>
 */
public final class Space {

    /** The most points a grid may have: each is a training run, and all are listed before the first runs. */
    static final long MAX_GRID = 1_000_000;

    private final Map<String, Dimension> dims = new LinkedHashMap<>();

    /** One hyperparameter: the map from u ∈ [0, 1] to its value, and its distinct grid levels. */
    private record Dimension(String kind, double min, double max, double[] choices) {

        /** The value at u ∈ [0, 1] (checked by {@link Space#at}). */
        double value(double u) {
            return switch (kind) {
                case "log" -> min * Math.pow(max / min, u);
                case "uniform" -> min + u * (max - min);
                case "integer" -> Math.min(max, Math.floor(min + u * (max - min + 1)));
                default -> choices[(int) Math.min(choices.length - 1, Math.floor(u * choices.length))];
            };
        }

        /** How many distinct values a grid can take (unbounded for continuous ranges). */
        int distinct() {
            return switch (kind) {
                case "integer" -> (int) (max - min + 1);
                case "choice" -> choices.length;
                default -> Integer.MAX_VALUE;
            };
        }
    }

    /** A value between min and max (both > 0) on a log scale. */
    public Space logUniform(String name, double min, double max) {
        if (!(min > 0 && max > min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("A log-uniform range needs 0 < min < max, e.g. (1e-4, 1). Received: " + name
                    + " from " + min + " to " + max);
        }
        return add(name, new Dimension("log", min, max, null));
    }

    /** A value between min and max on a linear scale. */
    public Space uniform(String name, double min, double max) {
        if (!(max > min) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("A uniform range needs finite min < max, e.g. (0, 0.5). Received: " + name
                    + " from " + min + " to " + max);
        }
        return add(name, new Dimension("uniform", min, max, null));
    }

    /** A whole number from min to max inclusive. */
    public Space integer(String name, int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("An integer range needs min <= max, e.g. (1, 64). Received: " + name + " from "
                    + min + " to " + max);
        }
        return add(name, new Dimension("integer", min, max, null));
    }

    /** One of the given values, e.g. batch sizes {@code choice("batch", 8, 16, 32, 64)}. */
    public Space choice(String name, double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("A choice needs at least one value, e.g. choice(\"batch\", 16, 32)."
                    + " Received: " + name + " with no values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("Every value of a choice must be a finite number, e.g. choice(\"batch\","
                        + " 16, 32). Received: " + name + " value " + i + " = " + values[i]);
            }
        }
        return add(name, new Dimension("choice", 0, 0, values.clone()));
    }

    private Space add(String name, Dimension d) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A hyperparameter needs a name to read it by, e.g. logUniform(\"eta\", 1e-4,"
                    + " 1). Received: name=" + (name == null ? "null" : "\"" + name + "\""));
        }
        if (dims.containsKey(name)) {
            throw new IllegalArgumentException("The space already has a hyperparameter named '" + name + "'; give each"
                    + " its own name. Received: names " + dims.keySet() + " and '" + name + "' again");
        }
        dims.put(name, d);
        return this;
    }

    /** Throws when the space has no hyperparameter: a search of it would try the same empty setting. */
    void requireNonEmpty() {
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("The search space is empty: add the hyperparameters to search, e.g."
                    + " new Space().logUniform(\"eta\", 1e-4, 1). Received: " + this);
        }
    }

    /** The number of hyperparameters. */
    public int size() {
        return dims.size();
    }

    /** The names, in the order they were added. */
    public List<String> names() {
        return new ArrayList<>(dims.keySet());
    }

    /**
     * The hyperparameter values at the point {@code u} of the unit cube.
     *
     * @throws IllegalArgumentException if u does not have one coordinate per hyperparameter, or a
     *                                  coordinate is outside [0, 1] or NaN (it is not clamped)
     */
    public Params at(double[] u) {
        if (u == null || u.length != dims.size()) {
            throw new IllegalArgumentException("The space has " + dims.size() + " hyperparameters " + dims.keySet()
                    + "; give one coordinate in [0, 1] for each. Received: a point with "
                    + (u == null ? "null" : u.length + " coordinates"));
        }
        for (int i = 0; i < u.length; i++) {
            if (!(u[i] >= 0 && u[i] <= 1)) {
                throw new IllegalArgumentException("Every coordinate of a point of the unit cube must lie in [0, 1] (0 is"
                        + " a range's min, 1 its max), e.g. 0.5. Received: coordinate " + i + " ("
                        + names().get(i) + ") = " + u[i]);
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Dimension> e : dims.entrySet()) {
            values.put(e.getKey(), e.getValue().value(u[i++]));
        }
        return new Params(values);
    }

    /**
     * The grid's points in the unit cube: {@code levels} values per hyperparameter (fewer when it
     * has fewer distinct values), at the centres of equal slices of [0, 1], all combinations.
     */
    List<double[]> grid(int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("A grid needs at least 1 level per hyperparameter. Received: levels=" + levels);
        }
        long count = 1;
        for (Dimension d : dims.values()) {
            count *= Math.min(levels, d.distinct());
            if (count > MAX_GRID) {
                throw new IllegalArgumentException("A grid of " + levels + " levels over " + dims.size()
                        + " hyperparameters has more than " + MAX_GRID + " points (k^d trials); use fewer levels, or"
                        + " Search.random with a number of trials. Received: levels=" + levels + ", " + this);
            }
        }
        List<double[]> points = new ArrayList<>();
        points.add(new double[0]);
        for (Dimension d : dims.values()) {
            int k = Math.min(levels, d.distinct());
            List<double[]> next = new ArrayList<>();
            for (double[] p : points) {
                for (int j = 0; j < k; j++) {
                    double[] q = Arrays.copyOf(p, p.length + 1);
                    q[p.length] = (j + 0.5) / k;
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Space(");
        dims.forEach((n, d) -> b.append(b.length() > 6 ? ", " : "").append(n).append(": ").append(switch (d.kind()) {
            case "log" -> "log-uniform " + d.min() + " to " + d.max();
            case "uniform" -> "uniform " + d.min() + " to " + d.max();
            case "integer" -> "integer " + (int) d.min() + " to " + (int) d.max();
            default -> "one of " + Arrays.toString(d.choices());
        }));
        return b.append(")").toString();
    }
}
