package nnlab.optim;

/**
 * AdamW (Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization", ICLR 2019): Adam with
 * weight decay taken out of the gradient.
 *
 * <pre>
 *   w := w − η·λ·w                  decoupled decay, weights only (biases are not decayed)
 *   m, v, m̂, v̂ and the step exactly as {@link Adam}
 * </pre>
 *
 * <p>Adding λw to the gradient (L2) and running Adam would divide the decay by √v̂, so weights
 * with large gradients would hardly be decayed; AdamW shrinks every weight by the same factor
 * (1 − ηλ). As in PyTorch and Keras the factor includes η, so a learning-rate schedule scales
 * both.
 *
 * <p>The setters (β's, ε, {@code amsgrad}) are Adam's and return the optimizer typed as
 * {@link Adam}.
 *
 * <p>Defaults η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0.01: PyTorch's (Keras uses
 * λ = 0.004 and ε = 1e-7). Agrees with {@code torch.optim.AdamW} to 1e-12 (torch decays every
 * parameter it is given; nnlab skips biases unless the decay says otherwise, see
 * {@link nnlab.regularize.WeightDecay#includingBiases()}).
 */
public final class AdamW extends Adam {

    /** AdamW with η = 0.001 and λ = 0.01. */
    public AdamW() {
        this(0.001, 0.01);
    }

    /**
     * @param learningRate η ≥ 0
     * @param weightDecay λ ≥ 0, the decay per unit of η
     */
    public AdamW(double learningRate, double weightDecay) {
        super("AdamW", learningRate);
        weightDecay(weightDecay);
    }

    @Override
    public Template template() {
        Template adam = super.template();
        return new Template("AdamW", adam.m(), adam.v(), adam.step() + " − η λ w");
    }
}
