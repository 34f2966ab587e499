package nnlab.optim;

/**
 * One point of an optimizer's path on a {@link Surface}: the position after {@code step}
 * updates (step 0 is the start) and the function value there.
 */
public record PathPoint(int step, double x, double y, double f) {
}
