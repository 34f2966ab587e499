/**
 * Hyperparameter search: a {@code Space} of named ranges, and {@code Search.grid}, {@code random}
 * and {@code bayesian} (a {@code GaussianProcess} with expected improvement) spending a budget of
 * trials on it; {@code Search.genetic} and {@code Search.successiveHalving} spend it differently.
 */
package nnlab.tune;
