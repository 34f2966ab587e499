package nnlab.nn;

import java.util.List;
import java.util.Map;
import java.util.Random;
import nnlab.init.Init;
import nnlab.mat.FloatCopy;
import nnlab.mat.Gemm;
import nnlab.mat.MatrixOps;
import nnlab.mat.Precision;
import org.ejml.data.DMatrixRMaj;

/**
 * A fully connected layer: every output unit is a weighted sum of all inputs plus a bias.
 *
 * <p>With the batch {@code X} (m × n, one example per row), weights {@code W} (n × k: column j
 * holds the weights into unit j) and bias {@code b} (1 × k):
 * <pre>
 * forward:  Z = X W + b                 (b added to every row)
 * backward: ∂L/∂W = Xᵀ ∂L/∂Z            (n × k)
 *           ∂L/∂b = Σ_rows ∂L/∂Z        (1 × k)
 *           ∂L/∂X = ∂L/∂Z Wᵀ            (m × n)
 * </pre>
 * The course writes one unit's weighted sum as {@code z_j = Σ_i w_ji x_i + b_j}; here
 * {@code W[i][j] = w_ji}. No 1/m appears: the loss already averaged over the batch, so
 * {@code ∂L/∂Z} carries it.
 *
 * <p>In {@link Precision#MIXED} the three products are taken on float32 copies of {@code X},
 * {@code W} and {@code ∂L/∂Z} (made once per forward or backward pass and reused by both
 * products that need them); {@code W}, {@code b}, their gradients and the outputs stay double.
 */
public final class Dense extends AbstractLayer {

    private final int n;
    private final int k;
    private final Parameter W;
    private final Parameter b;
    /** The last input X, kept for ∂L/∂W. */
    private DMatrixRMaj X;
    private final DMatrixRMaj Z;
    private final DMatrixRMaj dX;
    private Precision precision = Precision.DOUBLE;
    /** MIXED only: float32 copies of X and W (made in forward) and of ∂L/∂Z (made in backward). */
    private final FloatCopy Xf = new FloatCopy();
    private final FloatCopy Wf = new FloatCopy();
    private final FloatCopy dZf = new FloatCopy();

    /**
     * A dense layer with zero weights and biases; call {@link #initialize} to draw weights.
     *
     * @param inputs  n, columns of the input
     * @param units   k, number of units (columns of the output)
     */
    public Dense(String name, int inputs, int units) {
        super(name, inputs, units);
        requireSize(name, inputs, units);
        this.n = inputs;
        this.k = units;
        this.W = new Parameter(name + ".W", Parameter.Kind.WEIGHT, new DMatrixRMaj(inputs, units));
        this.b = new Parameter(name + ".b", Parameter.Kind.BIAS, new DMatrixRMaj(1, units));
        this.Z = new DMatrixRMaj(0, units);
        this.dX = new DMatrixRMaj(0, inputs);
    }

    /** The most entries a weight matrix can have: a Java array holds at most about 2³¹ values. */
    public static final long MAX_WEIGHTS = Integer.MAX_VALUE - 8;

    /**
     * Checks that an {@code inputs × units} weight matrix can exist at all (n·k ≤
     * {@link #MAX_WEIGHTS}), before anything is allocated.
     *
     * @throws IllegalArgumentException naming the layer, both sizes and the limit
     */
    public static void requireSize(String name, int inputs, int units) {
        long entries = (long) inputs * units;
        if (entries > MAX_WEIGHTS) {
            throw new IllegalArgumentException("Layer " + name + " would have " + inputs + " × " + units + " = " + entries
                    + " weights, more than the " + MAX_WEIGHTS + " a Java array can hold (and 8 bytes each). Use fewer"
                    + " units or inputs. Received: inputs=" + inputs + ", units=" + units);
        }
    }

    /** Draws {@code W} from {@code init} (fan-in n, fan-out k) and sets {@code b = 0}. */
    public void initialize(Init init, Random rng) {
        if (init == null || rng == null) {
            throw new IllegalArgumentException("Layer " + name() + " needs an initializer and a Random, e.g."
                    + " initialize(Init.heNormal(), new Random(1)). Received: " + (init == null ? "init=null" : "rng=null"));
        }
        init.fill(W.value(), n, k, rng);
        b.value().zero();
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        Shapes.requireInput(this, x);
        X = x;
        // Z = b (in each row), then Z = X W + Z: the product adds onto the bias (β = 1)
        MatrixOps.broadcastRow(b.value(), x.numRows, Z);
        if (precision == Precision.MIXED) {
            Gemm.gemm(1.0, Xf.of(x), false, Wf.of(W.value()), false, 1.0, Z);
        } else {
            Gemm.gemm(1.0, x, false, W.value(), false, 1.0, Z);
        }
        return Z;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj dZ) {
        backwardParametersOnly(dZ);
        // ∂L/∂X = ∂L/∂Z Wᵀ
        if (precision == Precision.MIXED) {
            Gemm.gemm(1.0, dZf, false, Wf, true, 0.0, dX); // dZf: made just now, in backwardParametersOnly
        } else {
            Gemm.multTransB(dZ, W.value(), dX);
        }
        return dX;
    }

    /** ∂L/∂W and ∂L/∂b only: a net's first layer has no use for ∂L/∂X while training. */
    @Override
    public DMatrixRMaj backwardParametersOnly(DMatrixRMaj dZ) {
        Shapes.requireGradient(this, Z, dZ);
        // ∂L/∂W = Xᵀ ∂L/∂Z
        if (precision == Precision.MIXED) {
            Gemm.gemm(1.0, Xf, true, dZf.of(dZ), false, 0.0, W.grad());
        } else {
            Gemm.multTransA(X, dZ, W.grad());
        }
        // ∂L/∂b = Σ_rows ∂L/∂Z
        MatrixOps.sumColumns(dZ, b.grad());
        return null;
    }

    /**
     * Sets the precision of this layer's products (see {@link Precision}); {@code DOUBLE} unless a
     * training run or a gradient check asks for another, for its duration.
     */
    public void precision(Precision precision) {
        if (precision == null) {
            throw new IllegalArgumentException("Give a precision, Precision.DOUBLE or Precision.MIXED, for layer "
                    + name() + ". Received: null");
        }
        this.precision = precision;
    }

    /** The precision of this layer's products. */
    public Precision precision() { return precision; }

    /**
     * Sets {@code precision} on every dense layer of {@code layers}, those inside residual blocks
     * too (the only layers with matrix products).
     *
     * @return the precision the first dense layer had before ({@code DOUBLE} when there is none),
     *         to restore afterwards
     */
    public static Precision setPrecision(List<Layer> layers, Precision precision) {
        Precision before = set(layers, precision);
        return before == null ? Precision.DOUBLE : before;
    }

    /** Sets it; returns the first dense layer's old precision, null when there is no dense layer. */
    private static Precision set(List<Layer> layers, Precision precision) {
        Precision before = null;
        for (Layer l : layers) {
            Precision p = null;
            if (l instanceof Dense d) {
                p = d.precision;
                d.precision(precision);
            } else if (l instanceof Residual r) {
                p = set(r.layers(), precision);
            }
            before = before == null ? p : before;
        }
        return before;
    }

    /** The weights W (n × k). */
    public Parameter weights() { return W; }

    /** The bias b (1 × k). */
    public Parameter bias() { return b; }

    @Override
    public List<Parameter> parameters() { return List.of(W, b); }

    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        c.put("inputs", n);
        c.put("units", k);
    }

    @Override
    public String toString() { return name() + " (Dense " + n + "→" + k + ")"; }
}
