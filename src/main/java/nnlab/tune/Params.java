package nnlab.tune;

import java.util.LinkedHashMap;
import java.util.Map;

/** One setting of the hyperparameters of a {@link Space}: name → value. */
public record Params(Map<String, Double> values) {

    public Params {
        // by iteration: Map.of(...) throws on containsKey(null)
        if (values == null || values.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new IllegalArgumentException("Give each hyperparameter a name and a value, e.g. Map.of(\"eta\", 0.01)."
                    + " Received: values=" + values);
        }
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of one hyperparameter. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("No hyperparameter '" + name + "'. Available: " + values.keySet());
        }
        return v;
    }

    /** The value of an integer or choice hyperparameter, as an int. */
    public int getInt(String name) {
        return (int) Math.round(get(name));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" = ")
                .append(v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf(v.longValue()) : String.format("%.3g", v)));
        return b.toString();
    }
}
