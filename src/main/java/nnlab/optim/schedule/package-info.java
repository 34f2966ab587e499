/**
 * Learning-rate schedules: η as a function of the epoch (constant, step, multi-step,
 * exponential, inverse-time, cosine, cosine with warm restarts, triangular cyclical, linear
 * warm-up in front of any of them) or of the monitored loss (reduce on plateau).
 *
 * <p>Start with a {@link nnlab.optim.schedule.Schedule} factory; {@code values(n)} returns the
 * first n rates as a {@code double[]} for plotting. Epochs are counted from 0.
 */
package nnlab.optim.schedule;
