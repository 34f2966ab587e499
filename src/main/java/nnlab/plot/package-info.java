/**
 * One-call plots for the course: {@link nnlab.plot.Plot}'s recipes each take nnlab's own results
 * (a {@link nnlab.train.History}, a {@link nnlab.train.Net} and its data, …) and return a
 * Tablesaw {@link tech.tablesaw.plotly.components.Figure} that the nnlab kernel draws.
 * {@link nnlab.plot.Tables} turns the same results into Tablesaw tables.
 *
 * <p>Tablesaw's trace builders lack attributes these plots need (a heatmap's colour scale, filled
 * bands, text on a heatmap); the recipes write those traces as plotly JSON and hand them to a
 * Tablesaw figure, so every recipe still returns a plain {@code Figure}.
 */
package nnlab.plot;
