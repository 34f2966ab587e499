/**
 * Loss functions behind {@link nnlab.loss.Loss} and its factories ({@code Loss.mse()},
 * {@code Loss.binaryCrossEntropy()}, …). Every loss returns the (weighted) batch mean and its
 * gradient with respect to the predictions; the two cross-entropies are computed together with
 * their output activation from the logits when the net ends in a sigmoid or softmax (see
 * {@link nnlab.loss.BinaryCrossEntropy} for why).
 */
package nnlab.loss;
