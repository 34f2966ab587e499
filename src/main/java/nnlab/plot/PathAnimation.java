package nnlab.plot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.optim.PathPoint;
import nnlab.optim.Surface;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Optimizers racing on a 2-D surface, behind {@link Animate#race}: the contour picture of
 * {@link Plot#lossSurface} (minimum and marked points included), each path drawn step by step up
 * to the frame's step with a large marker at its head, the heights f of the heads in the title.
 */
final class PathAnimation {

    /** Most frames; a longer race shows every s-th step (the last one always). */
    static final int MAX_FRAMES = 60;

    /** Smallest move drawn, as a fraction of the axes' span: about 2 pixels of a 560-pixel plot. */
    static final double MIN_MOVE = 0.004;

    private PathAnimation() {}

    static Animation race(Surface surface, Series<List<PathPoint>> paths, String title) {
        Series.requireNonEmpty(paths, "Series.of(\"SGD\", surface.path(Optimizer.sgd(0.1), -1, 1, 100))");
        // the still with no paths: contour, minimum, marked points (it also checks the surface and the paths)
        Figure still = OptimizationPlots.lossSurface(surface, Series.empty(), title, null);
        paths.forEach((name, p) -> {
            if (p == null || p.isEmpty()) {
                throw new IllegalArgumentException("A path needs at least its starting point, as Surface.path returns it."
                        + " Received: path '" + name + "' with " + (p == null ? "null" : "0 points"));
            }
        });
        List<Trace> traces = new ArrayList<>(Arrays.asList(still.getTraces()));
        int base = traces.size();
        int n = paths.size();
        int steps = paths.values().stream().mapToInt(List::size).max().orElse(1) - 1;
        for (int i = 0; i < n; i++) {
            PathPoint start = paths.values().get(i).get(0);
            String color = Colors.of(i + 1);
            JsonTrace line = JsonTrace.line(paths.names().get(i), new double[] {start.x()}, new double[] {start.y()},
                    color).put("mode", "lines").put("legendgroup", "path" + i);
            traces.add(line);
            JsonTrace head = JsonTrace.points(paths.names().get(i) + " now", new double[] {start.x()},
                    new double[] {start.y()}, color, 11).put("showlegend", false).put("legendgroup", "path" + i);
            traces.add(head);
        }
        int[] moving = new int[2 * n];
        for (int i = 0; i < moving.length; i++) {
            moving[i] = base + i;
        }
        List<int[]> kept = new ArrayList<>();
        for (List<PathPoint> p : paths.values()) {
            kept.add(visible(p, surface));
        }
        List<Animation.Frame> frames = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(steps / (double) (MAX_FRAMES - 1)));
        for (int t = 0; ; t = Math.min(steps, t + every)) {
            List<ObjectNode> changes = new ArrayList<>();
            StringBuilder heights = new StringBuilder();
            for (int i = 0; i < n; i++) {
                List<PathPoint> p = paths.values().get(i);
                int upTo = Math.min(t, p.size() - 1);
                int[] keep = kept.get(i);
                int n0 = 0;
                while (n0 < keep.length && keep[n0] < upTo) {
                    n0++;
                }
                double[] x = new double[n0 + 1];
                double[] y = new double[n0 + 1];
                for (int s = 0; s < n0; s++) {
                    x[s] = p.get(keep[s]).x();
                    y[s] = p.get(keep[s]).y();
                }
                x[n0] = p.get(upTo).x();
                y[n0] = p.get(upTo).y();
                changes.add(Animation.update().<ObjectNode>set("x", Animation.numbers(x, 4))
                        .set("y", Animation.numbers(y, 4)));
                changes.add(Animation.update().<ObjectNode>set("x", Animation.numbers(new double[] {x[n0]}, 4))
                        .set("y", Animation.numbers(new double[] {y[n0]}, 4)));
                // two heads a line, so long optimizer names fit over the plot
                heights.append(i == 0 ? "" : i % 2 == 0 ? "<br>" : ", ").append(paths.names().get(i))
                        .append(String.format(" f = %.3g", p.get(upTo).f()));
            }
            frames.add(new Animation.Frame(String.valueOf(t), title + "<br>step " + t + ": " + heights, moving,
                    changes));
            if (t == steps) {
                break;
            }
        }
        int height = 560;
        return new Animation(Layouts.ranged(frames.get(0).title(), surface.xName(), surface.xRange(), surface.yName(),
                surface.yRange(), 720, height), traces.toArray(new Trace[0]), frames, height, "step", 120, titleRoom(n));
    }

    /** A top margin for the title's lines: the title, then the steps' heights two paths a line. */
    private static ObjectNode titleRoom(int paths) {
        ObjectNode more = Animation.update();
        more.putObject("margin").put("t", 50 + 22 * ((paths + 1) / 2));
        return more;
    }

    /**
     * The steps of a path worth drawing: the start, then each point at least {@link #MIN_MOVE} of
     * the axes' span from the last one kept. A zigzag across a valley keeps every corner; a
     * thousand tiny steps along its floor become a few points (the frames' JSON stays small).
     */
    private static int[] visible(List<PathPoint> p, Surface surface) {
        double sx = surface.xRange()[1] - surface.xRange()[0];
        double sy = surface.yRange()[1] - surface.yRange()[0];
        int[] keep = new int[p.size()];
        int n = 0;
        keep[n++] = 0;
        for (int s = 1; s < p.size(); s++) {
            PathPoint last = p.get(keep[n - 1]);
            double dx = (p.get(s).x() - last.x()) / sx;
            double dy = (p.get(s).y() - last.y()) / sy;
            if (Math.hypot(dx, dy) >= MIN_MOVE || !Double.isFinite(dx + dy)) {
                keep[n++] = s;
            }
        }
        return Arrays.copyOf(keep, n);
    }
}
