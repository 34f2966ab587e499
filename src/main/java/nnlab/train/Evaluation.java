package nnlab.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.loss.Loss;
import nnlab.metrics.Metric;
import nnlab.nn.Layer;
import nnlab.nn.Sigmoid;
import nnlab.nn.Softmax;
import org.ejml.data.DMatrixRMaj;

/**
 * Loss and metric values of a net on a data set, in inference mode ({@link Net#evaluate}).
 *
 * @param lossName the loss's name, e.g. {@code "binary cross-entropy"}
 * @param loss     the mean loss L over the data set
 * @param metrics  each metric's value by its name, e.g. {@code "accuracy"}
 */
public record Evaluation(String lossName, double loss, Map<String, Double> metrics) {

    public Evaluation {
        Training.given(metrics, "metrics", "Map.of(\"accuracy\", 0.9)");
        // keeps the order the metrics were given in (Map.copyOf would not)
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** Evaluates {@code net} on {@code data}: the mean loss, then each metric on the predictions. */
    static Evaluation of(Net net, Dataset data, Loss loss, Metric... metrics) {
        Training.given(data, "data set", "net.evaluate(testSet)");
        Training.given(loss, "loss", "Loss.binaryCrossEntropy()");
        Training.given(metrics, "metrics", "Metric.accuracy()");
        for (int i = 0; i < metrics.length; i++) {
            Training.given(metrics[i], "metric (argument " + i + ")", "Metric.accuracy()");
        }
        if (data.features() != net.inputSize() || data.targets() != net.outputSize()) {
            throw new IllegalArgumentException("The data set must have the net's " + net.inputSize() + " inputs and "
                    + net.outputSize() + " outputs as feature and target columns. Received: " + data.features()
                    + " features, " + data.targets() + " target columns");
        }
        // the whole set once, so a bad target is named by its row in the set, not in a chunk
        loss.checkFits(net.layer(net.layers().size() - 1), data.yView(), null, "data set");
        DMatrixRMaj x = data.xView();
        DMatrixRMaj y = data.yView();
        double l = net.meanLoss(x, y, loss);
        DMatrixRMaj p = net.predict(x);
        Map<String, Double> values = new LinkedHashMap<>();
        for (Metric m : metrics) {
            values.put(m.name(), m.compute(p, y));
        }
        return new Evaluation(loss.name(), l, values);
    }

    /** Accuracy for a sigmoid or softmax output, MSE and R² otherwise. */
    static List<Metric> defaultMetrics(Net net) {
        Layer out = net.layer(net.layers().size() - 1);
        if (out instanceof Sigmoid || out instanceof Softmax) {
            return List.of(Metric.accuracy());
        }
        return List.of(Metric.mse(), Metric.r2());
    }

    /** The value of one metric, e.g. {@code metric("accuracy")}. */
    public double metric(String name) {
        Double v = metrics.get(name);
        if (v == null) {
            throw new IllegalArgumentException("No metric '" + name + "' in this evaluation; use one of "
                    + metrics.keySet() + ", or pass it: evaluate(data, loss, Metric.accuracy()). Received: name=" + name);
        }
        return v;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(lossName + " = " + String.format("%.6f", loss));
        metrics.forEach((k, v) -> sb.append(", ").append(k).append(" = ").append(String.format("%.4f", v)));
        return sb.toString();
    }
}
