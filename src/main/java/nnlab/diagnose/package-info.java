/**
 * Looking inside training: {@link nnlab.diagnose.GradientCheck} (backprop against finite
 * differences, per layer and parameter), {@link nnlab.diagnose.BackpropTracer} (one step of
 * the course's per-unit backpropagation, every δ and Δw as records),
 * {@link nnlab.diagnose.LayerStatistics} (a callback recording per-layer gradient norms, update
 * ratios and activation statistics every k batches), {@link nnlab.diagnose.Activations} (every
 * activation layer's output for some inputs, with its spread and saturation, to follow an
 * initialization scheme through a deep net) and {@link nnlab.diagnose.UnitHealth}
 * (dead ReLU units and identical units, with plain-words warnings), and
 * {@link nnlab.diagnose.BiasVariance} (bias² and variance of a way of training, from many
 * training sets drawn from a known distribution).
 */
package nnlab.diagnose;
