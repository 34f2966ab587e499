/**
 * Greedy layer-wise training and reuse of what one training learned in another:
 * <ul>
 * <li>{@link nnlab.pretrain.GreedyGrowth}: supervised growth, one frozen hidden layer at a time,
 *     with the accuracy per depth (and {@code trainWhole} for the comparison);</li>
 * <li>{@link nnlab.pretrain.StackedAutoencoder}: unsupervised pretraining, each autoencoder on the
 *     codes of the one before, copied into the first dense layers of a deep net;</li>
 * <li>{@link nnlab.pretrain.Rbm} (binary RBM trained by CD-k) and {@link nnlab.pretrain.RbmStack}
 *     ({@code Rbm.stack(24, 12, 6)}), the same idea with restricted Boltzmann machines;</li>
 * <li>{@link nnlab.pretrain.Transfer}: copies and freezes lower layers for transfer learning and
 *     fine-tuning.</li>
 * </ul>
 * Layers are always counted as {@code Net.dense(i)} counts them: dense layers only, from 0.
 */
package nnlab.pretrain;
