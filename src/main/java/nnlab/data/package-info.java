/**
 * Data: {@link nnlab.data.Dataset} (features N × d and targets N × k, validated on
 * construction), shuffled splits, {@link nnlab.data.Standardizer}, and
 * {@link nnlab.data.Synthetic} generators with a known true distribution (moons, XOR, circles,
 * spirals, blobs, 1-D regression).
 */
package nnlab.data;
