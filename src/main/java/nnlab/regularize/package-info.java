/**
 * Regularization: ways to keep a net from fitting the noise of its training set.
 *
 * <ul>
 *   <li>Penalties added to the cost ({@link nnlab.regularize.Regularizer}): {@link
 *       nnlab.regularize.L2} Ω = (λ/2)Σw², {@link nnlab.regularize.L1} Ω = λΣ|w|, {@link
 *       nnlab.regularize.ElasticNet}. Added to the batch-mean data loss, without a 1/m; the
 *       course's (λ/2m)Σw² is {@code Regularizer.l2(λ / m)}. A penalty adds its gradient into
 *       {@code Parameter.grad} and returns its value, so data loss and penalty are recorded
 *       apart.</li>
 *   <li>{@link nnlab.regularize.WeightDecay}: decoupled decay w := w − ηλw (AdamW's).</li>
 *   <li>{@link nnlab.regularize.MaxNorm}: a constraint on each unit's incoming weight vector,
 *       applied after the step.</li>
 *   <li>{@link nnlab.regularize.GradientClipping}: by value or by global norm, with a record of
 *       how often and how much it clipped.</li>
 * </ul>
 *
 * <p>Everything here acts on {@link nnlab.nn.Parameter.Kind#WEIGHT} parameters only unless
 * told otherwise ({@link nnlab.regularize.Selection}): <b>biases are not regularized by
 * default</b>. Gradient clipping is the exception: it acts on every gradient. Frozen parameters
 * are always skipped.
 */
package nnlab.regularize;
