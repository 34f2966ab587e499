/**
 * Data: {@link nnlab.data.Dataset} (features N × d and targets N × k, validated on
 * construction), shuffled and stratified splits and subsets, k-fold, over/undersampling, label noise
 * ({@code withFlippedLabels}) and class rarity ({@code keepFraction});
 * {@link nnlab.data.Standardizer} (mean 0, standard deviation 1) and
 * {@link nnlab.data.Normalizer} (min-max to [0, 1]), both fitted on the training data; and
 * {@link nnlab.data.Synthetic} generators with a known true distribution (moons, XOR, circles,
 * spirals, blobs, 1-D regression, and the {@link nnlab.data.Sensor} of notebooks 12 and 13);
 * {@link nnlab.data.Augment}: random transforms of the training examples (jitter for points;
 * shifts, mirror images and pixel noise for images), drawn afresh in every epoch of a run.
 * Real data: {@link nnlab.data.Datasets} (digits, breast cancer, iris, wine, diabetes, shipped
 * in the jar with their attribution) and {@link nnlab.data.FashionMnist} (read from the system's
 * {@code dataset-fashion-mnist} IDX files).
 */
package nnlab.data;
