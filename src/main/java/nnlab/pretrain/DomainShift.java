package nnlab.pretrain;

import nnlab.data.Dataset;
import org.ejml.data.DMatrixRMaj;

/**
 * A change of domain for domain adaptation: the same task, the same labels, but inputs that
 * arrive differently, as from a recalibrated sensor, a new scanner, or a camera with another
 * contrast and brightness. The shift is affine and the same for every column:
 * <pre>
 *   x' = g·x + o        (g the gain, o the offset; the targets y are unchanged)
 * </pre>
 * A net trained on x (the source domain) meets x' (the target domain): its first layer computes
 * W x' + b = g·W x + (W o + b) instead of W x + b, so every feature it learned moves. A few
 * labels of the target domain and fine-tuning can undo it: the first layer alone could, with
 * W/g and b − W o/g.
 *
 * <pre>{@code
 *   var drift = DomainShift.affine(0.6, 0.3);      // readings shrink to 60% and move up by 0.3
 *   var shiftedTest = drift.apply(test);
 * }</pre>
 *
 * @param gain   g, finite and not 0
 * @param offset o, finite
 */
public record DomainShift(double gain, double offset) {

    /** Checks g and o; see {@link #affine(double, double)}. */
    public DomainShift {
        if (!Double.isFinite(gain) || gain == 0) {
            throw new IllegalArgumentException("The gain must be a finite number other than 0, e.g. 0.6 (1 keeps the"
                    + " scale). Received: gain=" + gain);
        }
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("The offset must be a finite number, e.g. 0.3 (0 keeps the inputs"
                    + " where they are). Received: offset=" + offset);
        }
    }

    /** The shift x' = g·x + o of every input column. */
    public static DomainShift affine(double gain, double offset) {
        return new DomainShift(gain, offset);
    }

    /**
     * The same examples seen in the shifted domain: x' = g·x + o, targets, feature and class names kept.
     *
     * @param data Not modified.
     * @return a new dataset
     */
    public Dataset apply(Dataset data) {
        Require.given("data", data, "a Dataset such as sensor.sample(2000, 3, Sensor.sector(8))");
        DMatrixRMaj x = data.x();   // a copy, shifted in place
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = gain * x.data[i] + offset;
        }
        return new Dataset(x, data.yView()).withNames(data.featureNames(), data.classNames());
    }

    @Override
    public String toString() {
        return "DomainShift(x' = " + gain + "·x + " + offset + ")";
    }
}
