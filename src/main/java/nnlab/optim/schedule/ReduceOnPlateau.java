package nnlab.optim.schedule;

/**
 * Reduce on plateau: multiply η by a factor when a monitored value (validation loss, by default
 * minimised) has not improved for {@code patience} epochs in a row.
 *
 * <p>After each epoch, {@link #observe(int, double)}: the value improves if it is below the best
 * so far by more than {@code minDelta} (above, with {@link #maximize()}); an improvement always
 * becomes the new best, during a cooldown too. Each epoch without improvement counts one; when
 * the count reaches {@code patience}, η := max(η·factor, η<sub>min</sub>) and the count restarts.
 * The {@code cooldown} epochs after a reduction count nothing. So with a reduction observed at
 * epoch e and no improvement after it, the next one is observed at epoch
 * e + cooldown + patience. {@link #rate(int)} is the current η, whatever the epoch. Stateful and
 * mutable: one instance per training run, {@link #reset()} at its start.
 *
 * <p><b>Compared with Keras and PyTorch</b> ({@code ReduceLROnPlateau} in both):
 * <ul>
 *   <li>The cooldown follows PyTorch's rule: all {@code cooldown} epochs after a reduction are
 *       ignored. Keras decrements its cooldown counter and then asks again whether it is in
 *       cooldown, so the last epoch of its cooldown already counts: its next reduction comes one
 *       epoch earlier, at e + cooldown + patience − 1 (when cooldown ≥ 1).</li>
 *   <li>The patience follows Keras's rule: η drops when the count <em>reaches</em>
 *       {@code patience}. PyTorch's drops when it <em>exceeds</em> it, one epoch later: its first
 *       reduction needs patience + 1 epochs without improvement, and after a cooldown it comes at
 *       e + cooldown + patience + 1.</li>
 * </ul>
 * With {@code cooldown(0)} nnlab and Keras agree epoch for epoch; nnlab with patience p + 1
 * reduces on the same epochs as PyTorch with patience p and the same cooldown. {@code minDelta} is
 * absolute, as Keras's {@code min_delta} and PyTorch's {@code threshold_mode='abs'} (PyTorch's
 * default is relative: an improvement must beat the best by 10⁻⁴ of it).
 */
public final class ReduceOnPlateau implements Schedule {

    private final double initialRate;
    private final double factor;
    private final int patience;
    private double minDelta = 0;
    private int cooldown = 0;
    private double minRate = 0;
    private boolean maximize;

    private double eta;
    private double best;
    private int wait;
    private int cooldownLeft;

    /**
     * @param initialRate η₀ ≥ 0
     * @param factor ∈ (0, 1), e.g. 0.5
     * @param patience ≥ 1 epochs without improvement before η is reduced
     */
    public ReduceOnPlateau(double initialRate, double factor, int patience) {
        this.initialRate = Check.rate("initialRate", initialRate);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1) (η is multiplied by it), e.g. 0.5. Received: factor="
                    + factor);
        }
        this.factor = factor;
        this.patience = Check.positive("patience", patience, "5");
        reset();
    }

    /** The smallest change that counts as an improvement, ≥ 0 (default 0). */
    public ReduceOnPlateau minDelta(double minDelta) {
        this.minDelta = Check.nonNegative("minDelta", minDelta, "1e-4");
        return this;
    }

    /** Epochs to wait after a reduction before counting again, ≥ 0 (default 0). */
    public ReduceOnPlateau cooldown(int cooldown) {
        if (cooldown < 0) {
            throw new IllegalArgumentException("cooldown must be a whole number of epochs >= 0, e.g. 2. Received: cooldown="
                    + cooldown);
        }
        this.cooldown = cooldown;
        return this;
    }

    /** The floor η<sub>min</sub> ≥ 0 below which η is never reduced (default 0). */
    public ReduceOnPlateau minRate(double minRate) {
        this.minRate = Check.rate("minRate", minRate);
        return this;
    }

    /** Treats larger monitored values as better (for accuracy, say). */
    public ReduceOnPlateau maximize() {
        this.maximize = true;
        reset();
        return this;
    }

    @Override
    public double rate(int epoch) {
        Check.epoch(epoch);
        return eta;
    }

    /** @throws IllegalArgumentException if {@code monitored} is NaN: there is nothing to compare */
    @Override
    public void observe(int epoch, double monitored) {
        if (Double.isNaN(monitored)) {
            throw new IllegalArgumentException("ReduceOnPlateau needs the monitored value at the end of every epoch, but"
                    + " epoch " + epoch + " (from 0) gave NaN: monitor a value the run records, e.g. \"val_loss\" with"
                    + " validation data, or \"loss\". Received: monitored=NaN");
        }
        boolean inCooldown = cooldownLeft > 0;
        if (inCooldown) {
            cooldownLeft--;
            wait = 0;
        }
        boolean improved = maximize ? monitored > best + minDelta : monitored < best - minDelta;
        if (improved) {
            best = monitored;
            wait = 0;
        } else if (!inCooldown) {
            wait++;
            if (wait >= patience) {
                // η := max(η · factor, η_min)
                eta = Math.max(eta * factor, minRate);
                wait = 0;
                cooldownLeft = cooldown;
            }
        }
    }

    @Override
    public void reset() {
        eta = initialRate;
        best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        wait = 0;
        cooldownLeft = 0;
    }

    /**
     * Not available: this schedule depends on the monitored values, not on the epoch alone.
     *
     * @throws UnsupportedOperationException always; use {@link #values(double[])}
     */
    @Override
    public double[] values(int epochs) {
        throw new UnsupportedOperationException("ReduceOnPlateau depends on the monitored values; call values(monitored) "
                + "with one value per epoch, e.g. the validation losses of a History.");
    }

    /**
     * The rate used in each epoch if these values were observed at the ends of the epochs: entry
     * e is η during epoch e, before {@code monitored[e]} is observed. Resets first.
     */
    public double[] values(double[] monitored) {
        if (monitored == null) {
            throw new IllegalArgumentException("Give one monitored value per epoch, e.g. history.validationLoss()."
                    + " Received: monitored=null");
        }
        reset();
        double[] rates = new double[monitored.length];
        for (int e = 0; e < monitored.length; e++) {
            rates[e] = rate(e);
            observe(e, monitored[e]);
        }
        return rates;
    }

    @Override
    public String toString() {
        return "ReduceOnPlateau(initialRate=" + initialRate + ", factor=" + factor + ", patience=" + patience
                + ", minDelta=" + minDelta + ", cooldown=" + cooldown + ", minRate=" + minRate
                + ", mode=" + (maximize ? "max" : "min") + ", current=" + eta + ")";
    }
}
