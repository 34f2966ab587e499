package nnlab.plot;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.TickSettings;

/** The layout every recipe shares: a title, titled axes, room for the legend. */
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
}
