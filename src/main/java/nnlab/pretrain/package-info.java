/**
 * Reusing what one training learned in another. Greedy layer-wise pretraining builds a deep net
 * one layer at a time: supervised growth (train, freeze, add a layer, retrain), or unsupervised,
 * as a stack of autoencoders or of restricted Boltzmann machines ({@link nnlab.pretrain.Rbm},
 * trained by contrastive divergence CD-k), whose layers then start a net that is fine-tuned with
 * labels. {@link nnlab.pretrain.Transfer} copies and freezes lower layers for transfer learning
 * and fine-tuning.
 */
package nnlab.pretrain;
