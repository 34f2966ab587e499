package nnlab.pretrain;

import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.loss.Loss;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.train.History;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * Unsupervised layer-wise pretraining with autoencoders (Bengio et al., 2007). Autoencoder k maps
 * its input H<sub>k</sub> (H₀ = the data X) to a code and back:
 * <pre>
 *   C = σ(H W₁ + b₁)       encoder: w_k units, sigmoid unless set
 *   Ĥ = C W₂ + b₂          decoder: linear, back to the input width
 *   minimise MSE(Ĥ, H) = (1/(m n)) Σ (Ĥ − H)²
 * </pre>
 * and is trained on the codes H<sub>k</sub> of the encoder before it; its own codes are
 * H<sub>k+1</sub>. No labels are used. {@link #copyInto} puts encoder k into dense layer k of a
 * deep net, which then trains on the few labelled examples from there.
 *
 * <pre>{@code
 *   var sae = StackedAutoencoder.widths(24, 12, 6).optimizer(Optimizer.adam(0.003)).batchSize(64).epochs(40)
 *       .train(unlabelled);
 *   sae                                   // per layer: reconstruction MSE and the mean-answer baseline
 *   sae.copyInto(deepNet);                // encoders into dense layers 0, 1, 2
 * }</pre>
 *
 * A reconstruction is only worth something if it beats {@link #baselineMse(DMatrixRMaj)}: the
 * MSE of answering each column's mean whatever the input.
 */
public final class StackedAutoencoder {

    private final List<Net> autoencoders;
    private final List<Net> encoders;
    private final List<History> histories;
    private final double[] reconstruction;
    private final double[] baseline;
    private final List<DMatrixRMaj> codes;

    private StackedAutoencoder(List<Net> autoencoders, List<Net> encoders, List<History> histories,
                               double[] reconstruction, double[] baseline, List<DMatrixRMaj> codes) {
        this.autoencoders = List.copyOf(autoencoders);
        this.encoders = List.copyOf(encoders);
        this.histories = List.copyOf(histories);
        this.reconstruction = reconstruction;
        this.baseline = baseline;
        this.codes = List.copyOf(codes);
    }

    /** Settings for autoencoders with these code widths, input side first, e.g. {@code widths(24, 12, 6)}. */
    public static Settings widths(int... widths) {
        return new Settings(widths);
    }

    /**
     * The MSE of always answering each column's mean: (1/n) Σⱼ Var(column j), the population
     * variance averaged over the columns. x: Not modified.
     */
    public static double baselineMse(DMatrixRMaj x) {
        Require.rows("x", x);
        int m = x.numRows;
        int n = x.numCols;
        double total = 0;
        for (int j = 0; j < n; j++) {
            double mean = 0;
            for (int i = 0; i < m; i++) {
                mean += x.get(i, j) / m;
            }
            double v = 0;
            for (int i = 0; i < m; i++) {
                double d = x.get(i, j) - mean;
                v += d * d / m;
            }
            total += v / n;
        }
        return total;
    }

    /**
     * How each autoencoder is built and trained, each setting checked when set. Defaults: sigmoid
     * codes, Adam (η = 0.003), batch size 64, 40 epochs, seed 0 (autoencoder k is built and trained
     * with seed + k). Training runs are not shown live.
     */
    public static final class Settings {

        private final int[] widths;
        private Activation activation = Activation.sigmoid();
        private Optimizer optimizer = Optimizer.adam(0.003);
        private int batchSize = 64;
        private int epochs = 40;
        private long seed = 0;

        private Settings(int[] widths) {
            if (widths.length == 0) {
                throw new IllegalArgumentException("Give at least one code width, e.g. widths(24, 12, 6).");
            }
            for (int w : widths) {
                if (w < 1) {
                    throw new IllegalArgumentException("Every code width must be at least 1. Received: width=" + w);
                }
            }
            this.widths = widths.clone();
        }

        /** The activation of the codes. Default sigmoid. */
        public Settings activation(Activation activation) {
            this.activation = Require.given("activation", activation, "Activation.sigmoid()");
            return this;
        }

        /** The optimizer of each autoencoder (reset for each). Default Adam, η = 0.003. */
        public Settings optimizer(Optimizer optimizer) {
            this.optimizer = Require.given("optimizer", optimizer, "Optimizer.adam(0.003)");
            return this;
        }

        /** Default 64. */
        public Settings batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("The batch size must be at least 1, e.g. 64. Received: batchSize="
                        + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** Epochs per autoencoder. Default 40. */
        public Settings epochs(int epochs) {
            if (epochs < 1) {
                throw new IllegalArgumentException("Train for at least 1 epoch, e.g. 40. Received: epochs=" + epochs);
            }
            this.epochs = epochs;
            return this;
        }

        /** Autoencoder k is built and trained with {@code seed + k}. Default 0. */
        public Settings seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Trains the autoencoders one after the other on the rows of {@code x} (unlabelled); x: Not modified. */
        public StackedAutoencoder train(DMatrixRMaj x) {
            Require.rows("x", x);
            List<Net> aes = new ArrayList<>();
            List<Net> encs = new ArrayList<>();
            List<History> hs = new ArrayList<>();
            List<DMatrixRMaj> cs = new ArrayList<>();
            double[] rec = new double[widths.length];
            double[] base = new double[widths.length];
            DMatrixRMaj h = x;
            for (int k = 0; k < widths.length; k++) {
                int in = h.numCols;
                Net ae = Net.input(in).dense(widths[k], activation).dense(in).seed(seed + k).build();
                Dataset pairs = new Dataset(h, h);
                hs.add(ae.train(pairs).loss(Loss.mse()).optimizer(optimizer).batchSize(batchSize).epochs(epochs)
                        .live(false).run());
                rec[k] = ae.meanLoss(h, h, Loss.mse());
                base[k] = baselineMse(h);
                Net encoder = Transfer.copyDense(ae, Net.input(in).dense(widths[k], activation).build(), 1);
                h = encoder.predict(h);          // the next autoencoder learns from these
                aes.add(ae);
                encs.add(encoder);
                cs.add(h);
            }
            return new StackedAutoencoder(aes, encs, hs, rec, base, cs);
        }
    }

    /** The trained autoencoders, input side first (each: dense code layer, activation, linear decoder). */
    public List<Net> autoencoders() { return autoencoders; }

    /** The training history of each autoencoder. */
    public List<History> histories() { return histories; }

    /** Entry k: autoencoder k's reconstruction MSE on its training input after training. */
    public double[] reconstructionMse() { return reconstruction.clone(); }

    /** Entry k: {@link #baselineMse(DMatrixRMaj)} of autoencoder k's input. */
    public double[] baselineMse() { return baseline.clone(); }

    /** The codes of the training data after encoder k (0-based), a copy. */
    public DMatrixRMaj codes(int k) {
        if (k < 0 || k >= codes.size()) {
            throw new IllegalArgumentException("There are " + codes.size() + " encoders (0 to " + (codes.size() - 1)
                    + "). Received: k=" + k);
        }
        return codes.get(k).copy();
    }

    /** The top codes of new rows, passed through every encoder. x: Not modified. */
    public DMatrixRMaj encode(DMatrixRMaj x) {
        Require.width("The first encoder", x, encoders.get(0).inputSize());
        DMatrixRMaj h = x;
        for (Net e : encoders) {
            h = e.predict(h);
        }
        return h;
    }

    /**
     * Copies encoder k into dense layer k of {@code net}, for every k; the net's first dense
     * layers must have the code widths (followed by the same activation). Returns net.
     */
    public Net copyInto(Net net) {
        Require.given("net", net, "a net with one dense layer per encoder, then its output layer");
        if (net.denseLayers().size() < encoders.size()) {
            throw new IllegalArgumentException("The net has " + net.denseLayers().size() + " dense layers but there are "
                    + encoders.size() + " encoders; give the net one dense layer per encoder, then its output layer.");
        }
        List<DMatrixRMaj[]> pairs = new ArrayList<>();
        for (int k = 0; k < encoders.size(); k++) {
            pairs.addAll(Transfer.pairs(encoders.get(k), 0, net, k, 1));
        }
        Transfer.write(pairs);     // every encoder checked first: a mismatch leaves the net untouched
        return net;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Stacked autoencoder");
        for (int k = 0; k < autoencoders.size(); k++) {
            Net ae = autoencoders.get(k);
            sb.append(String.format("%n  %d → %d → %d: reconstruction MSE %.4f (always answering the mean: %.4f)",
                    ae.inputSize(), ae.dense(0).outputSize(), ae.inputSize(), reconstruction[k], baseline[k]));
        }
        return sb.toString();
    }
}
