package nnlab.optim.schedule;

import java.util.Arrays;

/**
 * Multi-step decay: η<sub>e</sub> = η₀·γ^k with k the number of milestones ≤ e, the rate
 * multiplied by γ at each listed epoch (PyTorch's {@code MultiStepLR}).
 *
 * @param initialRate η₀ ≥ 0
 * @param gamma γ ∈ (0, 1]
 * @param milestones strictly increasing epochs ≥ 1 at which the rate drops (copied)
 */
public record MultiStep(double initialRate, double gamma, int[] milestones) implements Schedule {

    public MultiStep {
        Check.rate("initialRate", initialRate);
        Check.factor("gamma", gamma);
        if (milestones == null || milestones.length == 0) {
            throw new IllegalArgumentException("Give at least one milestone epoch, e.g. multiStep(0.1, 0.1, 30, 80). Received: milestones="
                    + Arrays.toString(milestones));
        }
        milestones = milestones.clone();
        for (int i = 0; i < milestones.length; i++) {
            if (milestones[i] < 1 || (i > 0 && milestones[i] <= milestones[i - 1])) {
                throw new IllegalArgumentException("Milestones must be increasing epochs >= 1, e.g. 30, 80. Received: milestones="
                        + Arrays.toString(milestones));
            }
        }
    }

    @Override
    public int[] milestones() {
        return milestones.clone();
    }

    @Override
    public double rate(int epoch) {
        Check.epoch(epoch);
        int k = 0;
        while (k < milestones.length && milestones[k] <= epoch) {
            k++;
        }
        return initialRate * Math.pow(gamma, k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiStep m && m.initialRate == initialRate && m.gamma == gamma
                && Arrays.equals(m.milestones, milestones);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(initialRate) * 31 + Double.hashCode(gamma) * 17 + Arrays.hashCode(milestones);
    }

    @Override
    public String toString() {
        return "MultiStep[initialRate=" + initialRate + ", gamma=" + gamma + ", milestones="
                + Arrays.toString(milestones) + "]";
    }
}
