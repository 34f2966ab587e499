/**
 * Training: {@link nnlab.train.Net} (the network), {@link nnlab.train.Architecture} (its reusable
 * fluent description, {@code Net.input(2)…build(seed)}), {@link nnlab.train.Training} (the settings
 * of a run and the loop), {@link nnlab.train.Evaluation}, {@link nnlab.train.History} of
 * {@link nnlab.train.EpochLog}s, and the {@link nnlab.train.Callback} hooks.
 *
 * <p>{@code Net} lives here rather than in {@code nnlab.nn} because {@code net.train(data)} and
 * {@code net.evaluate(data)} need data sets, losses, metrics and optimizers, which sit below
 * {@code nnlab.nn} in the package order; putting it in {@code nnlab.nn} would create an import cycle.
 */
package nnlab.train;
