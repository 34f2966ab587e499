package nnlab.optim;

import java.util.List;

/**
 * One point of an optimizer's path on a {@link Surface}: the position after {@code step}
 * updates (step 0 is the start) and the function value there.
 */
public record PathPoint(int step, double x, double y, double f) {

    /**
     * The first step at which {@code path} comes within distance r of (x, y), i.e.
     * √((xₜ − x)² + (yₜ − y)²) &lt; r, or −1 if it never does: how long an optimizer takes to
     * reach a minimum.
     *
     * @param radius r &gt; 0
     */
    public static int stepsTo(List<PathPoint> path, double x, double y, double radius) {
        if (path == null || !(radius > 0)) {
            throw new IllegalArgumentException("Pass a path and a radius > 0, e.g. stepsTo(path, 1, 1, 0.1). Received: path="
                    + (path == null ? "null" : path.size() + " points") + ", radius=" + radius);
        }
        for (PathPoint q : path) {
            if (Math.hypot(q.x() - x, q.y() - y) < radius) {
                return q.step();
            }
        }
        return -1;
    }
}
