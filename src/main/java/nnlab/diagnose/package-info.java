/**
 * Looking inside training: {@link nnlab.diagnose.GradientCheck} (backprop against finite
 * differences, per layer and parameter), {@link nnlab.diagnose.BackpropTracer} (one step of
 * the course's per-unit backpropagation, every δ and Δw as records),
 * {@link nnlab.diagnose.LayerStatistics} (a callback recording per-layer gradient norms, update
 * ratios and activation statistics every k batches) and {@link nnlab.diagnose.UnitHealth}
 * (dead ReLU units and identical units, with plain-words warnings).
 */
package nnlab.diagnose;
