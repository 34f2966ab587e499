package nnlab.plot;

import java.util.ArrayList;
import java.util.List;
import nnlab.optim.PathPoint;
import nnlab.optim.Surface;
import nnlab.optim.schedule.ReduceOnPlateau;
import nnlab.optim.schedule.Schedule;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/** Optimization pictures: the recipes behind {@link Plot#lossSurface} and {@link Plot#schedules}. */
final class OptimizationPlots {

    /** Marker shapes of a surface's marked points, in turn. */
    private static final String[] SYMBOLS = {"circle", "diamond", "square", "cross", "triangle-up", "star"};

    private OptimizationPlots() {}

    /**
     * @param heights null for log(1 + f − min f), {@link Scale#LINEAR} for f, {@link Scale#LOG} for log₁₀ f
     */
    static Figure lossSurface(Surface surface, Series<List<PathPoint>> paths, String title, Scale heights) {
        if (surface == null || paths == null) {
            throw new IllegalArgumentException("Give a surface and the optimizer paths on it (Series.empty() for none),"
                    + " e.g. Plot.lossSurface(Surface.rosenbrock(), Series.of(\"Adam\", path)). Received: surface="
                    + (surface == null ? "null" : surface.name()) + ", paths=" + (paths == null ? "null" : paths.names()));
        }
        paths.forEach((name, p) -> {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("A path needs at least its starting point, as Surface.path returns it."
                        + " Received: path '" + name + "' with 0 points");
            }
        });
        double[] gx = surface.xGrid();
        double[] gy = surface.yGrid();
        double[][] f = new double[gy.length][gx.length];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < gy.length; j++) {
            for (int i = 0; i < gx.length; i++) {
                f[j][i] = surface.value(gx[i], gy[j]);
                min = Math.min(min, f[j][i]);
            }
        }
        if (heights == Scale.LOG && !(min > 0)) {
            throw new IllegalArgumentException("A log₁₀ contour needs f > 0 everywhere on the grid, which the " + surface.name()
                    + " surface is not. Use Scale.LINEAR, or the form without a scale, which draws"
                    + " log(1 + f − min f). Received: min f=" + min);
        }
        for (double[] row : f) {
            for (int i = 0; i < row.length; i++) {
                // log(1 + f − min f) shows a flat valley floor as well as steep walls
                row[i] = heights == null ? Math.log1p(row[i] - min) : heights == Scale.LOG ? Math.log10(row[i]) : row[i];
            }
        }
        String z = heights == null ? "log(1 + f − min f)" : heights == Scale.LOG ? "log₁₀ f" : "f";
        List<Trace> traces = new ArrayList<>();
        JsonTrace contour = JsonTrace.of("contour", z).array("x", gx).array("y", gy).matrix("z", f)
                .put("ncontours", 25).put("showlegend", false).put("showscale", heights != null)
                .colorscale(0.0, "#f7fbff", 0.5, "#9ecae1", 1.0, "#08306b");
        if (heights != null) {
            contour.object("colorbar").put("title", z).put("len", 0.6);
        }
        traces.add(contour);
        for (int i = 0; i < paths.size(); i++) {
            List<PathPoint> p = paths.values().get(i);
            double[] x = p.stream().mapToDouble(PathPoint::x).toArray();
            double[] y = p.stream().mapToDouble(PathPoint::y).toArray();
            JsonTrace path = JsonTrace.line(paths.names().get(i) + " (" + (x.length - 1) + " steps)", x, y,
                    Colors.of(i + 1)).put("mode", x.length <= 60 ? "lines+markers" : "lines");
            path.object("marker").put("size", 4);
            traces.add(path);
        }
        if (surface.hasMinimum()) {
            traces.add(JsonTrace.points("minimum", new double[] {surface.minimum()[0]},
                    new double[] {surface.minimum()[1]}, "#000000", 12));
        }
        List<Surface.Point> marks = surface.points();
        for (int j = 0; j < marks.size(); j++) {
            Surface.Point m = marks.get(j);
            // named on the plot itself: a legend with a single entry is hidden by plotly
            JsonTrace mark = JsonTrace.points(m.name(), new double[] {m.x()}, new double[] {m.y()}, "#ffffff", 12)
                    .put("mode", "markers+text").strings("text", new String[] {m.name()}).put("textposition", "top center");
            mark.object("marker").put("symbol", SYMBOLS[j % SYMBOLS.length]).putObject("line").put("color", "#000000")
                    .put("width", 1.5);
            traces.add(mark);
        }
        return new Figure(Layouts.ranged(title, surface.xName(), surface.xRange(), surface.yName(), surface.yRange(),
                720, 560), traces.toArray(new Trace[0]));
    }

    /** "Optimizer paths on the Rosenbrock surface"; the recipe itself refuses a null surface. */
    static String pathsTitle(Surface surface) {
        return "Optimizer paths on the " + (surface == null ? "" : surface.name()) + " surface";
    }

    static Figure schedules(Series<Schedule> schedules, int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("Give the number of epochs to draw, e.g. 50. Received: epochs=" + epochs);
        }
        Series.requireNonEmpty(schedules, "Series.of(\"step\", Schedule.step(0.1, 10, 0.5))").forEach((name, s) -> {
            if (s instanceof ReduceOnPlateau) {
                throw new IllegalArgumentException("'" + name + "' is a ReduceOnPlateau schedule: its rates depend on the"
                        + " monitored values, not on the epoch alone. Plot the rates it gives for a run instead, e.g."
                        + " Plot.lines(..., Series.of(\"" + name + "\", schedule.values(history.validationLoss()))). Received: "
                        + name + "=" + s);
            }
        });
        double[] e = Layouts.linspace(0, epochs - 1, epochs);
        return new Figure(Layouts.counted("Learning-rate schedule", "epoch", epochs - 1, "learning rate η", Scale.LINEAR),
                FunctionPlots.lineTraces(e, schedules.map(s -> s.values(epochs))));
    }
}
