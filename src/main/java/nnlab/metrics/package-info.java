/**
 * Metrics that score predictions over a data set: {@code Metric.accuracy()}, {@code mse()},
 * {@code mae()}, {@code r2()}.
 */
package nnlab.metrics;
