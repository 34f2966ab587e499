/**
 * Optimizers: the rules that turn a gradient into a parameter update.
 *
 * <p>Convention: optimizers subtract, w := w − η·(update); the learning rate is η; the step
 * count t starts at 1. Each optimizer's class documentation states its rule in the course's
 * notation, the paper it comes from, and where its defaults come from. Start from the
 * {@link nnlab.optim.Optimizer} factories: {@code Optimizer.sgd(0.1)},
 * {@code Optimizer.momentum(0.1, 0.9)}, {@code Optimizer.adam(0.001)}, …
 *
 * <p>{@link nnlab.optim.AbstractOptimizer} holds what they share (learning rate, state per
 * parameter, frozen parameters, decoupled weight decay, gradient clipping, max-norm);
 * {@link nnlab.optim.Surface} runs any optimizer on 2-D test functions and returns its path.
 * Every optimizer states its rule in the course notes' generic template, first moment m, second
 * moment V, step Δw ({@link nnlab.optim.Template}, {@code Template.table(...)}); its
 * {@code trace(g₁, g₂, …)} shows its state and steps on one weight ({@link nnlab.optim.Trace}) and
 * {@code referenceStep(g, t, state…)} computes one step from explicit state, to check a
 * hand-written step against. Learning-rate schedules live in {@link nnlab.optim.schedule}.
 */
package nnlab.optim;
