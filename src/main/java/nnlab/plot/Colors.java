package nnlab.plot;

/** The colours every recipe uses, so "class 1" or "run 2" is the same colour in every plot. */
public final class Colors {

    /** plotly's default qualitative palette (D3 category10), readable on white. */
    private static final String[] SERIES = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    /** Light tints of {@link #SERIES}, for filled regions under points of the same colour. */
    private static final String[] LIGHT = {"#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
            "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5"};

    private Colors() {}

    /** The colour of series (or class) {@code i}, repeating after 10. */
    public static String of(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** A light tint of {@link #of(int)}, for the region a class is predicted in. */
    public static String light(int i) {
        return LIGHT[Math.floorMod(i, LIGHT.length)];
    }

    /** {@code #rrggbb} with opacity as {@code rgba(r,g,b,alpha)}. */
    static String withAlpha(String hex, double alpha) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return "rgba(" + r + "," + g + "," + b + "," + alpha + ")";
    }
}
