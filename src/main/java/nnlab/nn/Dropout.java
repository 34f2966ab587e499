package nnlab.nn;

import java.util.Map;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * Dropout (Srivastava et al., 2014) with inverted scaling. {@code p} is the probability of
 * <b>dropping</b> a unit (Keras's convention; some texts use the keep probability 1 − p).
 *
 * <pre>
 * training:  M_ij = 1/(1−p) with probability 1−p, else 0     (a fresh mask every batch)
 *            Y = X ⊙ M
 *            ∂L/∂X = ∂L/∂Y ⊙ M
 * inference: Y = X
 * </pre>
 * Scaling the kept units by 1/(1−p) during training keeps each unit's expected value the same
 * as at inference, so nothing has to be rescaled when dropout is switched off.
 *
 * <p>{@link #holdMask(boolean)} keeps one mask for several forward passes, so that a gradient
 * check's finite differences compare one function (see {@code nnlab.diagnose.GradientCheck}).
 */
public final class Dropout extends AbstractLayer {

    private final int n;
    private final double p;
    private final long seed;
    private final Random rng;
    private final DMatrixRMaj mask;
    private final DMatrixRMaj y;
    private final DMatrixRMaj dX;
    private boolean lastTraining;
    /** Non-null while a mask is held ({@link #holdMask}): draws the held mask. */
    private Random heldRng;
    private boolean maskDrawn;

    /**
     * @param p    the drop probability, in [0, 1)
     * @param seed seeds the masks, so training is reproducible
     */
    public Dropout(String name, int size, double p, long seed) {
        super(name, size, size);
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("The dropout probability is the chance of DROPPING a unit and must be in"
                    + " [0, 1), e.g. 0.2. Received: p=" + p);
        }
        this.n = size;
        this.p = p;
        this.seed = seed;
        this.rng = new Random(seed);
        this.mask = new DMatrixRMaj(0, size);
        this.y = new DMatrixRMaj(0, size);
        this.dX = new DMatrixRMaj(0, size);
    }

    /** The drop probability p. */
    public double dropProbability() { return p; }

    /**
     * With {@code true}, the next training-mode forward pass draws a mask M and every later one
     * reuses it (on batches of the same size), until {@code holdMask(false)} brings back a fresh
     * mask every batch. Finite differences need it: {@code (L(θ + h) − L(θ − h)) / 2h} estimates a
     * derivative only when both losses drop the same units. The held mask is drawn from
     * {@code new Random(seed)}: the same on every call, and the training masks are not disturbed.
     */
    public void holdMask(boolean hold) {
        heldRng = hold ? new Random(seed) : null;
        maskDrawn = false;
    }

    /** Whether a mask is held ({@link #holdMask}); the layer is then a fixed function of its input. */
    public boolean holdsMask() { return heldRng != null; }

    private DMatrixRMaj forwardHeld(DMatrixRMaj x) {
        int size = x.getNumElements();
        if (!maskDrawn) {
            mask.reshape(x.numRows, n);
            double keep = 1.0 / (1.0 - p);
            for (int i = 0; i < size; i++) {
                // M = 1/(1−p) with probability 1−p, else 0, drawn once
                mask.data[i] = heldRng.nextDouble() >= p ? keep : 0.0;
            }
            maskDrawn = true;
        } else if (mask.numRows != x.numRows) {
            throw new IllegalStateException("Layer " + name() + " holds a dropout mask for batches of " + mask.numRows
                    + " rows but received " + x.numRows + " rows. Call holdMask(true) again before a batch of another"
                    + " size, or holdMask(false) to draw a fresh mask every batch.");
        }
        for (int i = 0; i < size; i++) {
            // Y = X ⊙ M
            y.data[i] = x.data[i] * mask.data[i];
        }
        return y;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        Shapes.requireInput(this, x);
        lastTraining = training;
        y.reshape(x.numRows, n);
        if (!training) {
            // Y = X
            System.arraycopy(x.data, 0, y.data, 0, x.getNumElements());
            return y;
        }
        if (heldRng != null) {
            return forwardHeld(x);
        }
        mask.reshape(x.numRows, n);
        double keep = 1.0 / (1.0 - p);
        int size = x.getNumElements();
        for (int i = 0; i < size; i++) {
            // M = 1/(1−p) with probability 1−p, else 0;  Y = X ⊙ M
            mask.data[i] = rng.nextDouble() >= p ? keep : 0.0;
            y.data[i] = x.data[i] * mask.data[i];
        }
        return y;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj dOut) {
        Shapes.requireGradient(this, y, dOut);
        dX.reshape(dOut.numRows, n);
        int size = dOut.getNumElements();
        for (int i = 0; i < size; i++) {
            // ∂L/∂X = ∂L/∂Y ⊙ M   (M = 1 at inference)
            dX.data[i] = lastTraining ? dOut.data[i] * mask.data[i] : dOut.data[i];
        }
        return dX;
    }

    @Override
    public boolean isRandomInTraining() { return p > 0; }

    /**
     * Restarts the masks from {@code seed}: the next masks are those of a new layer built with
     * it. The training loop calls this at the start of every run, so runs are reproducible.
     */
    public void reseed(long seed) { rng.setSeed(seed); }

    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        c.put("size", n);
        c.put("p", p);
        c.put("seed", seed);
    }

    @Override
    public String toString() { return name() + " (Dropout p=" + p + ")"; }
}
