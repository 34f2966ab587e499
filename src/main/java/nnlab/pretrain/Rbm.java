package nnlab.pretrain;

import java.util.Random;
import nnlab.data.Dataset;
import nnlab.mat.Gemm;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * A restricted Boltzmann machine with binary visible units v and binary hidden units h, trained by
 * contrastive divergence. Energy and probabilities:
 * <pre>
 *   E(v, h) = −bᵀv − cᵀh − vᵀWh,      p(v, h) ∝ exp(−E(v, h))
 *   p(hⱼ = 1 | v) = σ(cⱼ + Σᵢ vᵢWᵢⱼ),   p(vᵢ = 1 | h) = σ(bᵢ + Σⱼ Wᵢⱼhⱼ)
 * </pre>
 * The gradient of the log-likelihood of the data is ∂ log p(v)/∂W = ⟨v hᵀ⟩_data − ⟨v hᵀ⟩_model; the
 * model term needs samples from p(v, h). CD-k replaces them by k steps of alternating Gibbs
 * sampling started at the data (Hinton, 2002). Per mini-batch V₀ (m rows), with k = 1:
 * <pre>
 *   P₀ = σ(V₀W + c),  H₀ ~ Bernoulli(P₀)          hidden probabilities and a sample
 *   V₁ = σ(H₀Wᵀ + b)                               reconstruction (probabilities, as usual)
 *   P₁ = σ(V₁W + c)
 *   W += η (V₀ᵀP₀ − V₁ᵀP₁)/m,  b += η·mean(V₀ − V₁),  c += η·mean(P₀ − P₁)
 * </pre>
 * The inputs should lie in [0, 1] (probabilities of the visible units being on). After training,
 * W and c are the weights and bias of a sigmoid layer that computes p(h = 1 | v): {@link #copyInto}
 * puts them into a {@link Dense} layer of a net, the first step of a pretrained stack.
 */
public final class Rbm {

    private final DMatrixRMaj w;
    private final DMatrixRMaj b;
    private final DMatrixRMaj c;
    private final Random rng;

    /**
     * @param visible number of visible units (the input width)
     * @param hidden  number of hidden units
     * @param seed    seeds the initial weights (normal, standard deviation 0.01) and the sampling
     */
    public Rbm(int visible, int hidden, long seed) {
        if (visible < 1 || hidden < 1) {
            throw new IllegalArgumentException("An RBM needs at least one visible and one hidden unit. Received: visible="
                    + visible + ", hidden=" + hidden);
        }
        rng = new Random(seed);
        w = new DMatrixRMaj(visible, hidden);
        for (int i = 0; i < w.data.length; i++) {
            w.data[i] = 0.01 * rng.nextGaussian();
        }
        b = new DMatrixRMaj(1, visible);
        c = new DMatrixRMaj(1, hidden);
    }

    /**
     * Trains by CD-k on the rows of {@code x} (values in [0, 1]), in mini-batches shuffled every
     * epoch, and returns the mean squared reconstruction error ‖V₀ − V₁‖²/(m·n) of each epoch.
     */
    public double[] train(DMatrixRMaj x, int epochs, int batchSize, double learningRate, int k) {
        if (x.numCols != w.numRows) {
            throw new IllegalArgumentException("The RBM has " + w.numRows + " visible units; the data has " + x.numCols
                    + " columns.");
        }
        for (double v : x.data) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("RBM inputs must lie in [0, 1] (probabilities of the visible units)."
                        + " Received " + v + "; rescale the data first, e.g. (x − min)/(max − min).");
            }
        }
        if (epochs < 1 || batchSize < 1 || k < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("epochs, batchSize and k must be >= 1 and learningRate > 0. Received: epochs="
                    + epochs + ", batchSize=" + batchSize + ", k=" + k + ", learningRate=" + learningRate);
        }
        double[] errors = new double[epochs];
        int n = x.numRows;
        for (int e = 0; e < epochs; e++) {
            int[] order = Dataset.permutation(n, rng);
            double sq = 0;
            for (int from = 0; from < n; from += batchSize) {
                int m = Math.min(batchSize, n - from);
                DMatrixRMaj v0 = new DMatrixRMaj(m, x.numCols);
                for (int r = 0; r < m; r++) {
                    System.arraycopy(x.data, order[from + r] * x.numCols, v0.data, r * x.numCols, x.numCols);
                }
                sq += step(v0, learningRate, k);
            }
            errors[e] = sq / ((double) n * x.numCols);
        }
        return errors;
    }

    /** One CD-k update on the batch v0; returns its summed squared reconstruction error. */
    private double step(DMatrixRMaj v0, double eta, int k) {
        int m = v0.numRows;
        DMatrixRMaj p0 = hiddenProbabilities(v0);
        DMatrixRMaj h = sample(p0);
        DMatrixRMaj vk = null;
        DMatrixRMaj pk = null;
        for (int step = 0; step < k; step++) {
            vk = visibleProbabilities(h);
            pk = hiddenProbabilities(vk);
            h = sample(pk);
        }
        // W += η (V₀ᵀP₀ − VₖᵀPₖ)/m
        DMatrixRMaj positive = new DMatrixRMaj(w.numRows, w.numCols);
        DMatrixRMaj negative = new DMatrixRMaj(w.numRows, w.numCols);
        Gemm.multTransA(v0, p0, positive);
        Gemm.multTransA(vk, pk, negative);
        for (int i = 0; i < w.data.length; i++) {
            w.data[i] += eta * (positive.data[i] - negative.data[i]) / m;
        }
        double sq = 0;
        for (int r = 0; r < m; r++) {
            for (int i = 0; i < b.numCols; i++) {
                double d = v0.get(r, i) - vk.get(r, i);
                b.data[i] += eta * d / m;          // b += η mean(V₀ − Vₖ)
                sq += d * d;
            }
            for (int j = 0; j < c.numCols; j++) {
                c.data[j] += eta * (p0.get(r, j) - pk.get(r, j)) / m;   // c += η mean(P₀ − Pₖ)
            }
        }
        return sq;
    }

    /** p(h = 1 | v) for each row of v: σ(vW + c). */
    public DMatrixRMaj hiddenProbabilities(DMatrixRMaj v) {
        DMatrixRMaj out = new DMatrixRMaj(v.numRows, w.numCols);
        Gemm.mult(v, w, out);
        sigmoidPlusBias(out, c);
        return out;
    }

    /** p(v = 1 | h) for each row of h: σ(hWᵀ + b). */
    public DMatrixRMaj visibleProbabilities(DMatrixRMaj h) {
        DMatrixRMaj out = new DMatrixRMaj(h.numRows, w.numRows);
        Gemm.multTransB(h, w, out);
        sigmoidPlusBias(out, b);
        return out;
    }

    private static void sigmoidPlusBias(DMatrixRMaj z, DMatrixRMaj bias) {
        for (int r = 0; r < z.numRows; r++) {
            for (int j = 0; j < z.numCols; j++) {
                z.set(r, j, 1 / (1 + Math.exp(-(z.get(r, j) + bias.data[j]))));
            }
        }
    }

    private DMatrixRMaj sample(DMatrixRMaj p) {
        DMatrixRMaj s = new DMatrixRMaj(p.numRows, p.numCols);
        for (int i = 0; i < p.data.length; i++) {
            s.data[i] = rng.nextDouble() < p.data[i] ? 1 : 0;
        }
        return s;
    }

    /**
     * Copies W and c into the {@link Dense} layer at {@code layerIndex} of {@code net} (which must
     * have this RBM's numbers of inputs and units); followed by a sigmoid, that layer computes
     * p(h = 1 | v). Returns net.
     */
    public Net copyInto(Net net, int layerIndex) {
        Layer layer = net.layer(layerIndex);
        if (!(layer instanceof Dense d) || d.inputSize() != w.numRows || d.outputSize() != w.numCols) {
            throw new IllegalArgumentException("Layer " + layer.name() + " must be a Dense layer " + w.numRows + " → "
                    + w.numCols + " to take this RBM's weights.");
        }
        d.weights().value().setTo(w);
        d.bias().value().setTo(c);
        return net;
    }

    /** W (visible × hidden), a copy. */
    public DMatrixRMaj weights() { return w.copy(); }

    /** The visible biases b (1 × visible), a copy. */
    public DMatrixRMaj visibleBias() { return b.copy(); }

    /** The hidden biases c (1 × hidden), a copy. */
    public DMatrixRMaj hiddenBias() { return c.copy(); }
}
