package nnlab.metrics;

import java.util.function.ToDoubleFunction;
import org.ejml.data.DMatrixRMaj;

/** Precision, recall or F1 of a one-output classifier at threshold 0.5, as a {@link Metric}. */
final class BinaryRate implements Metric {

    private final String name;
    private final ToDoubleFunction<BinaryConfusion> rate;

    BinaryRate(String name, ToDoubleFunction<BinaryConfusion> rate) {
        this.name = name;
        this.rate = rate;
    }

    @Override
    public String name() { return name; }

    @Override
    public double compute(DMatrixRMaj prediction, DMatrixRMaj target) {
        return rate.applyAsDouble(BinaryConfusion.of(prediction, target, 0.5));
    }

    @Override
    public String toString() { return name; }
}
