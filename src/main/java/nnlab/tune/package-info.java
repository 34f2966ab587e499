/**
 * Hyperparameter search: a {@code Space} of named ranges, and {@code Search.grid}, {@code random}
 * and {@code bayesian} (a {@code GaussianProcess} with expected improvement) spending a budget of
 * trials on it; {@code Search.genetic}, {@code Search.successiveHalving} and {@code Search.hyperband}
 * (several brackets of successive halving, {@code Hyperband}) spend it differently.
 */
package nnlab.tune;
