package nnlab.plot;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Grid;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.TickSettings;

/**
 * The layout every recipe shares: a title, titled axes, room for the legend. Every figure's
 * layout is built here, once, before the figure (no recipe sets a layout on a built figure).
 */
final class Layouts {

    static final int WIDTH = 720;
    static final int HEIGHT = 420;

    /** At most this many ticks on a count axis. */
    static final int MAX_COUNT_TICKS = 10;

    private Layouts() {}

    /**
     * A value axis. A log axis labels its decades as powers of ten (10⁻⁴), not with plotly's
     * default SI prefixes ("100μ"), which a student would read as micro-something.
     */
    static Axis axis(String title, Scale scale) {
        Axis.AxisBuilder a = Axis.builder().title(title);
        if (scale == Scale.LOG) {
            a.type(Axis.Type.LOG).tickSettings(TickSettings.builder().tickMode(TickSettings.TickMode.AUTO)
                    .exponentFormat(TickSettings.ExponentFormat.POWER).build());
        }
        return a.build();
    }

    /**
     * An axis of counts (epochs, batch steps, layers), ticked on whole numbers only: plotly's own
     * choice puts ticks at 1.5 and 2.5 on a 4-epoch run.
     *
     * @param max the largest value drawn on it
     */
    static Axis countAxis(String title, double max) {
        return Axis.builder().title(title).tickSettings(TickSettings.builder().tickMode(TickSettings.TickMode.LINEAR)
                .tick0(0).dTick(countStep(max)).build()).build();
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … that puts at most {@value #MAX_COUNT_TICKS} ticks on [0, max]. */
    static long countStep(double max) {
        long step = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (max / (step * f) <= MAX_COUNT_TICKS) {
                    return step * f;
                }
            }
            step *= 10;
        }
    }

    static Layout of(String title, String xTitle, String yTitle, Scale yScale) {
        return sized(title, xTitle, Scale.LINEAR, yTitle, yScale, WIDTH, HEIGHT);
    }

    /** The standard size with an x axis of counts up to {@code xMax} (see {@link #countAxis}). */
    static Layout counted(String title, String xTitle, double xMax, String yTitle, Scale yScale) {
        return of(title, countAxis(xTitle, xMax), axis(yTitle, yScale), WIDTH, HEIGHT);
    }

    static Layout sized(String title, String xTitle, Scale xScale, String yTitle, Scale yScale, int width, int height) {
        return of(title, axis(xTitle, xScale), axis(yTitle, yScale), width, height);
    }

    static Layout of(String title, Axis x, Axis y, int width, int height) {
        return Layout.builder().title(title)
                .xAxis(x).yAxis(y)
                .width(width).height(height)
                .margin(Margin.builder().top(50).bottom(55).left(70).right(20).build())
                .build();
    }

    /** A heatmap's layout with the y axis reversed, so row 0 of a matrix is on top. */
    static Layout matrix(String title, String xTitle, String yTitle, int width, int height) {
        return Layout.builder().title(title).width(width).height(height)
                .xAxis(Axis.builder().title(xTitle).build())
                .yAxis(Axis.builder().title(yTitle).autoRange(Axis.AutoRange.REVERSED).build())
                .build();
    }

    /** Both axes fixed to a range {from, to} (a contour plot's grid, not the paths' extent). */
    static Layout ranged(String title, String xTitle, double[] xRange, String yTitle, double[] yRange, int width,
                         int height) {
        return of(title, Axis.builder().title(xTitle).range(xRange[0], xRange[1]).build(),
                Axis.builder().title(yTitle).range(yRange[0], yRange[1]).build(), width, height);
    }

    /** {@code rows} small plots stacked, each with its own axes and its x axis under it; no legend. */
    static Layout stacked(String title, int rows, int height) {
        return Layout.builder().title(title).width(WIDTH).height(height).showLegend(false)
                .margin(Margin.builder().top(50).bottom(40).left(60).right(20).build())
                .grid(Grid.builder().rows(rows).columns(1).xGap(0.1).yGap(0.35)
                        // each plot keeps its own x axis under it (Tablesaw's default puts all at the bottom)
                        .xSide(Grid.XSide.BOTTOM_PLOT).pattern(Grid.Pattern.INDEPENDENT).build())
                .build();
    }

    /** A drawing: x ticked at every whole number (layers), y hidden, no grid lines. */
    static Layout drawing(String title, String xTitle, int width, int height) {
        TickSettings whole = TickSettings.builder().tickMode(TickSettings.TickMode.LINEAR).tick0(0).dTick(1).build();
        return of(title, Axis.builder().title(xTitle).showGrid(false).zeroLineWidth(0).tickSettings(whole).build(),
                Axis.builder().title("unit").showGrid(false).zeroLineWidth(0).visible(false).build(), width, height);
    }

    /** n evenly spaced values from {@code from} to {@code to}, both included. */
    static double[] linspace(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            // the last point is `to` itself, not from + (to − from), which can miss it by an ulp
            v[i] = n == 1 ? from : i == n - 1 ? to : from + (to - from) * i / (n - 1);
        }
        return v;
    }

    /** "val_accuracy" → "Validation accuracy", "loss" → "Loss": a column name as a title. */
    static String pretty(String column) {
        if (column == null || column.isEmpty()) {
            return String.valueOf(column);    // not a column: the recipe's own check names it
        }
        String c = column.startsWith("val_") ? "validation " + column.substring(4) : column;
        return Character.toUpperCase(c.charAt(0)) + c.substring(1).replace('_', ' ');
    }

    /** "lines+markers" for up to 30 points (each one visible), "lines" beyond. */
    static String mode(int points) {
        return points <= 30 ? "lines+markers" : "lines";
    }
}
