package nnlab.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Batch normalization (Ioffe and Szegedy, 2015), per column j over the m rows of a batch:
 *
 * <pre>
 * training:  μ_j = (1/m) Σ_i x_ij            σ²_j = (1/m) Σ_i (x_ij − μ_j)²
 *            x̂_ij = (x_ij − μ_j) / √(σ²_j + ε)
 *            y_ij = γ_j x̂_ij + β_j
 *            running μ := ρ·running μ + (1−ρ)·μ,   running σ² likewise   (ρ = momentum)
 * inference: x̂_ij = (x_ij − running μ_j) / √(running σ²_j + ε)
 * backward:  ∂L/∂β_j = Σ_i ∂L/∂y_ij
 *            ∂L/∂γ_j = Σ_i ∂L/∂y_ij · x̂_ij
 *            g_ij = ∂L/∂y_ij · γ_j
 *            ∂L/∂x_ij = (1/(m √(σ²_j+ε))) · (m g_ij − Σ_i g_ij − x̂_ij Σ_i g_ij x̂_ij)
 * </pre>
 * The last line is what remains after the chain rule runs through μ and σ², which both depend
 * on every x_ij in the column. Training mode needs at least two rows (one row has no spread).
 * Backward needs the batch statistics, so it follows a training-mode forward pass only: after an
 * inference-mode one (running statistics, which do not depend on the batch) the formula above
 * would be wrong, and backward throws instead.
 *
 * <p><b>Differences from PyTorch's {@code BatchNorm1d}.</b>
 * <ul>
 *   <li>The momentum ρ is the share of the running statistics that each batch <em>keeps</em>;
 *       PyTorch's {@code momentum} is the share given to the new batch. So ρ = 1 − PyTorch's
 *       momentum: nnlab's ρ = 0.9 is PyTorch's default {@code momentum=0.1}. (Keras's
 *       {@code momentum} is ρ.)</li>
 *   <li>The running variance averages the <em>biased</em> batch variance σ²_j above (divided by
 *       m), the one each batch is normalized with. PyTorch averages the unbiased one,
 *       m/(m − 1)·σ²_j, into its {@code running_var}, so after the same training its running
 *       variance tends to m/(m − 1) times nnlab's (2% more for batches of 50) and its inference
 *       outputs differ by as much. Both start at running μ = 0 and running σ² = 1.</li>
 * </ul>
 */
public final class BatchNorm extends AbstractLayer {

    private final int n;
    private final double momentum;
    private final double eps;
    private final Parameter gamma;
    private final Parameter beta;
    private final DMatrixRMaj runningMean;
    private final DMatrixRMaj runningVar;
    private final DMatrixRMaj invStd = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj xHat;
    private final DMatrixRMaj y;
    private final DMatrixRMaj dX;
    private final double[] mean;
    private final double[] sumG;
    private final double[] sumGxHat;
    /** Whether the last forward pass used the batch statistics (training=true), which backward needs. */
    private boolean batchStatistics;

    /**
     * @param momentum ρ in [0, 1): how much of the running statistics each batch keeps (0.9 typical)
     * @param epsilon  ε &gt; 0 added to the variance so a constant column does not divide by zero
     */
    public BatchNorm(String name, int size, double momentum, double epsilon) {
        super(name, size, size);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("The batch-norm momentum must be in [0, 1), e.g. 0.9. Received: momentum="
                    + momentum);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("The batch-norm epsilon must be a small number > 0, e.g. 1e-5."
                    + " Received: epsilon=" + epsilon);
        }
        this.n = size;
        this.momentum = momentum;
        this.eps = epsilon;
        DMatrixRMaj g = new DMatrixRMaj(1, size);
        g.fill(1.0);
        this.gamma = new Parameter(name + ".gamma", Parameter.Kind.OTHER, g);
        this.beta = new Parameter(name + ".beta", Parameter.Kind.BIAS, new DMatrixRMaj(1, size));
        this.runningMean = new DMatrixRMaj(1, size);
        this.runningVar = new DMatrixRMaj(1, size);
        runningVar.fill(1.0);
        invStd.reshape(1, size);
        this.xHat = new DMatrixRMaj(0, size);
        this.y = new DMatrixRMaj(0, size);
        this.dX = new DMatrixRMaj(0, size);
        this.mean = new double[size];
        this.sumG = new double[size];
        this.sumGxHat = new double[size];
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        Shapes.requireInput(this, x);
        int m = x.numRows;
        if (training && m < 2) {
            throw new IllegalArgumentException("Layer " + name() + " (BatchNorm) needs at least 2 rows per batch in"
                    + " training mode to estimate a variance. Received: batch of " + m + " rows. Use batchSize >= 2, and one"
                    + " that does not leave a single row in the last batch (N mod batchSize = 1).");
        }
        batchStatistics = training;
        xHat.reshape(m, n);
        y.reshape(m, n);
        double[] xd = x.data;
        double[] inv = invStd.data;
        for (int j = 0; j < n; j++) {
            double mu;
            double var;
            if (training) {
                // μ_j = (1/m) Σ_i x_ij ;  σ²_j = (1/m) Σ_i (x_ij − μ_j)²
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += xd[i * n + j];
                }
                mu = s / m;
                double v = 0;
                for (int i = 0; i < m; i++) {
                    double d = xd[i * n + j] - mu;
                    v += d * d;
                }
                var = v / m;
                runningMean.data[j] = momentum * runningMean.data[j] + (1 - momentum) * mu;
                runningVar.data[j] = momentum * runningVar.data[j] + (1 - momentum) * var;
            } else {
                mu = runningMean.data[j];
                var = runningVar.data[j];
            }
            mean[j] = mu;
            inv[j] = 1.0 / Math.sqrt(var + eps);
        }
        double[] g = gamma.value().data;
        double[] b = beta.value().data;
        for (int i = 0, idx = 0; i < m; i++) {
            for (int j = 0; j < n; j++, idx++) {
                // x̂ = (x − μ)/√(σ² + ε) ;  y = γ x̂ + β
                xHat.data[idx] = (xd[idx] - mean[j]) * inv[j];
                y.data[idx] = g[j] * xHat.data[idx] + b[j];
            }
        }
        return y;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj dOut) {
        Shapes.requireGradient(this, y, dOut);
        if (!batchStatistics) {
            throw new IllegalStateException("Layer " + name() + " (BatchNorm): backward needs the batch statistics of a"
                    + " training-mode forward pass, but the last forward pass ran with training=false (running"
                    + " statistics), so its gradient would be wrong. Call forward(x, true) on the batch before backward"
                    + " (Net.computeGradients does).");
        }
        int m = dOut.numRows;
        dX.reshape(m, n);
        double[] g = gamma.value().data;
        double[] dGamma = gamma.grad().data;
        double[] dBeta = beta.grad().data;
        Arrays.fill(dGamma, 0.0);
        Arrays.fill(dBeta, 0.0);
        Arrays.fill(sumG, 0.0);
        Arrays.fill(sumGxHat, 0.0);
        for (int i = 0, idx = 0; i < m; i++) {
            for (int j = 0; j < n; j++, idx++) {
                double dy = dOut.data[idx];
                // ∂L/∂β = Σ ∂L/∂y ;  ∂L/∂γ = Σ ∂L/∂y · x̂ ;  g = ∂L/∂y · γ
                dBeta[j] += dy;
                dGamma[j] += dy * xHat.data[idx];
                double gij = dy * g[j];
                sumG[j] += gij;
                sumGxHat[j] += gij * xHat.data[idx];
            }
        }
        for (int i = 0, idx = 0; i < m; i++) {
            for (int j = 0; j < n; j++, idx++) {
                // ∂L/∂x = (1/(m √(σ²+ε))) (m g − Σg − x̂ Σ g x̂)
                double gij = dOut.data[idx] * g[j];
                dX.data[idx] = invStd.data[j] / m * (m * gij - sumG[j] - xHat.data[idx] * sumGxHat[j]);
            }
        }
        return dX;
    }

    public Parameter gamma() { return gamma; }

    public Parameter beta() { return beta; }

    /**
     * Running mean used at inference (1 × n): the layer's own matrix, not a copy (live); Modified
     * by training-mode forward calls, and writing into it changes the layer's inference.
     */
    public DMatrixRMaj runningMean() { return runningMean; }

    /** Running variance used at inference (1 × n): the layer's own matrix (live), like {@link #runningMean()}. */
    public DMatrixRMaj runningVariance() { return runningVar; }

    @Override
    public List<Parameter> parameters() { return List.of(gamma, beta); }

    @Override
    public List<DMatrixRMaj> state() { return List.of(runningMean, runningVar); }




    @Override
    protected void addHyperparameters(Map<String, Object> c) {
        c.put("size", n);
        c.put("momentum", momentum);
        c.put("epsilon", eps);
    }

}
