package nnlab.optim.schedule;

/** η<sub>e</sub> = η₀: the learning rate never changes. */
public record Constant(double rate) implements Schedule {

    public Constant {
        Check.rate("rate", rate);
    }

    @Override
    public double rate(int epoch) {
        Check.epoch(epoch);
        return rate;
    }
}
