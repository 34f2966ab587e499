/**
 * Layers and their parameters: {@link nnlab.nn.Dense}, the activations ({@link nnlab.nn.Sigmoid},
 * {@link nnlab.nn.Tanh}, {@link nnlab.nn.ReLU}, {@link nnlab.nn.LeakyReLU}, {@link nnlab.nn.PReLU},
 * {@link nnlab.nn.ELU}, {@link nnlab.nn.Softmax}, {@link nnlab.nn.Identity}), {@link nnlab.nn.Dropout},
 * {@link nnlab.nn.BatchNorm} and the skip block {@link nnlab.nn.Residual}. Nets are assembled
 * from them by {@code nnlab.train.Net}.
 *
 * <h2>Conventions used everywhere in nnlab</h2>
 * <ul>
 * <li><b>One example per row.</b> A batch of m examples with n features is an m × n matrix X;
 *     a dense layer computes {@code Z = X W + b} with W of shape n × k.</li>
 * <li><b>Losses return the batch mean</b>, {@code L = (1/m) Σ_i ℓ_i}, so gradients do not grow
 *     with the batch size and the 1/m sits in {@code ∂L/∂Ŷ}.</li>
 * <li><b>{@code backward} returns ∂L/∂input</b> and overwrites (never accumulates) the gradients
 *     of the layer's parameters.</li>
 * <li><b>Optimizers subtract</b>: {@code w := w − η ∂L/∂w}. The course's
 *     {@code w_ji ← w_ji + Δw_ji} with {@code Δw_ji = η δ_j x_ji} is the same step, because its
 *     δ is −∂E/∂z.</li>
 * <li><b>Dropout takes the drop probability</b> p (the chance a unit is zeroed), not the keep
 *     probability.</li>
 * <li>Layers reuse their buffers: the matrix {@code forward} returns is overwritten by the next
 *     call. Copy it if you need to keep it.</li>
 * </ul>
 */
package nnlab.nn;
