/**
 * One-call plots for the course: {@link nnlab.plot.Plot}'s recipes each take nnlab's own results
 * (a {@link nnlab.train.History}, a {@link nnlab.train.Net} and its data, …) and return a
 * Tablesaw {@link tech.tablesaw.plotly.components.Figure} that the nnlab kernel draws.
 * {@link nnlab.plot.Tables} turns the same results into Tablesaw tables, and {@link nnlab.plot.GapTable}
 * puts trained nets side by side with their training and validation losses and the gap.
 * {@link nnlab.plot.BiasVariancePlots} is a public recipe family of its own (Plot's facade is
 * full): bias² and variance against a setting, the resampled fits, and their table.
 *
 * <p>Several runs, curves or paths in one plot come as a {@link nnlab.plot.Series}: names and
 * values in the order given, which is the legend's order
 * ({@code Plot.compare(Series.of("SGD", h1, "Adam", h2), "loss")}).
 *
 * <p>{@code Plot} is a facade: the recipes live in one package-private class per family
 * (history, bands over runs, classifiers, optimization, inside the net, the network drawing,
 * functions and fits, images), and every layout is built by {@code Layouts}. A class is shown by
 * its name when the data has class names.
 *
 * <p>Tablesaw's trace builders lack attributes these plots need (a heatmap's colour scale, filled
 * bands, text on a heatmap); the recipes write those traces as plotly JSON and hand them to a
 * Tablesaw figure, so every recipe still returns a plain {@code Figure}.
 */
package nnlab.plot;
