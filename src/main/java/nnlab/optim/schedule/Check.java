package nnlab.optim.schedule;

/** Argument checks shared by the schedules; messages name the setting and an example. */
final class Check {

    private Check() {
    }

    static double rate(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite learning rate >= 0, e.g. 0.1. Received: "
                    + name + "=" + value);
        }
        return value;
    }

    static int positive(String name, int value, String example) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be a whole number of epochs >= 1, e.g. " + example
                    + ". Received: " + name + "=" + value);
        }
        return value;
    }

    static double factor(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1] (the rate is multiplied by it), e.g. 0.5. Received: "
                    + name + "=" + value);
        }
        return value;
    }

    static double nonNegative(String name, double value, String example) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, e.g. " + example + ". Received: "
                    + name + "=" + value);
        }
        return value;
    }

    static int epoch(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("Epochs are counted from 0. Received: epoch=" + epoch);
        }
        return epoch;
    }
}
