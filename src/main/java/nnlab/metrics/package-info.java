/**
 * Metrics that score predictions over a data set: {@code Metric.accuracy()}, {@code mse()},
 * {@code mae()}, {@code r2()}, and for a binary classifier {@code precision()}, {@code recall()},
 * {@code f1()}; {@code BinaryConfusion} counts TP/FP/FN/TN at any threshold, {@code Curves} gives
 * ROC and precision-recall curves and the k-class confusion matrix.
 */
package nnlab.metrics;
