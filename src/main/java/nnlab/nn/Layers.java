package nnlab.nn;

import java.util.List;
import java.util.Map;

/** Rebuilds layers from their {@link Layer#config()} (used when a saved net is loaded). */
public final class Layers {

    private Layers() {}

    /**
     * A fresh layer, with freshly zeroed parameters, described by {@code config}.
     *
     * @throws IllegalArgumentException for an unknown type or a missing or ill-typed field
     */
    public static Layer fromConfig(Map<String, Object> config) {
        if (config == null) {
            throw new IllegalArgumentException("A layer description is a map with at least 'type' and 'name', e.g."
                    + " Map.of(\"type\", \"ReLU\", \"name\", \"relu1\", \"size\", 4). Received: config=null");
        }
        String type = string(config, "type");
        String name = string(config, "name");
        return switch (type) {
            case "Dense" -> new Dense(name, integer(config, "inputs"), integer(config, "units"));
            case "Sigmoid" -> new Sigmoid(name, integer(config, "size"));
            case "Tanh" -> new Tanh(name, integer(config, "size"));
            case "ReLU" -> new ReLU(name, integer(config, "size"));
            case "Identity" -> new Identity(name, integer(config, "size"));
            case "Softmax" -> new Softmax(name, integer(config, "size"));
            case "LeakyReLU" -> new LeakyReLU(name, integer(config, "size"), number(config, "alpha"));
            case "ELU" -> new ELU(name, integer(config, "size"), number(config, "alpha"));
            case "PReLU" -> new PReLU(name, integer(config, "size"), 0.25);
            case "Dropout" -> new Dropout(name, integer(config, "size"), number(config, "p"), whole(config, "seed"));
            case "BatchNorm" -> new BatchNorm(name, integer(config, "size"), number(config, "momentum"),
                    number(config, "epsilon"));
            case "Residual" -> new Residual(name, layers(config).stream().map(Layers::fromConfig).toList());
            default -> throw new IllegalArgumentException("Unknown layer type '" + type + "' in layer " + name + ".");
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> layers(Map<String, Object> config) {
        Object v = field(config, "layers");
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("Field 'layers' of a Residual must be a list. Received: " + v);
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m) || !m.keySet().stream().allMatch(String.class::isInstance)) {
                throw new IllegalArgumentException("Entry " + i + " of field 'layers' of Residual " + config.get("name")
                        + " must be a layer description (a map with 'type' and 'name'). Received: " + list.get(i));
            }
        }
        return (List<Map<String, Object>>) v;
    }

    private static Object field(Map<String, Object> config, String key) {
        Object v = config.get(key);
        if (v == null) {
            throw new IllegalArgumentException("Layer description " + config + " lacks the field '" + key + "'.");
        }
        return v;
    }

    private static String string(Map<String, Object> config, String key) {
        Object v = field(config, key);
        if (!(v instanceof String text)) {
            throw new IllegalArgumentException("Field '" + key + "' must be text. Received: " + key + "=" + v);
        }
        return text;
    }

    private static int integer(Map<String, Object> config, String key) {
        Object v = field(config, key);
        if (!(v instanceof Number num) || num.doubleValue() != num.intValue()) {
            throw new IllegalArgumentException("Field '" + key + "' must be an integer. Received: " + key + "=" + v);
        }
        return num.intValue();
    }

    private static long whole(Map<String, Object> config, String key) {
        Object v = field(config, key);
        if (!(v instanceof Number num) || num.doubleValue() != num.longValue()) {
            throw new IllegalArgumentException("Field '" + key + "' must be a whole number. Received: " + key + "=" + v);
        }
        return num.longValue();
    }

    private static double number(Map<String, Object> config, String key) {
        Object v = field(config, key);
        if (!(v instanceof Number num)) {
            throw new IllegalArgumentException("Field '" + key + "' must be a number. Received: " + key + "=" + v);
        }
        return num.doubleValue();
    }
}
