/**
 * Reusing what one training learned in another: {@code Transfer} copies and freezes lower layers
 * for transfer learning and fine-tuning.
 */
package nnlab.pretrain;
