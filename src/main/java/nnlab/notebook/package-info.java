/**
 * Showing nnlab's results in a notebook: the one package that knows a kernel exists (and, with
 * {@code nnlab.plot}, the only one that sees Tablesaw).
 *
 * <ul>
 *   <li>{@link nnlab.notebook.Notebook}: the link to the kernel. The nnlab kernel's start-up
 *       (kernel/NnlabExtension.java; kernel/startup.jshell on a plain JJava kernel) calls
 *       {@code Notebook.connect(display, updateDisplay)} once; outside a notebook
 *       nothing is connected and displays fall back to text.</li>
 *   <li>{@link nnlab.notebook.Mime}: the MIME bundle of each object a cell can show (a Tablesaw
 *       figure or table, a {@code History} drawn as its loss plot, a {@code Net} as a table of its
 *       layers); the kernel's start-up registers it as the kernel's renderer for
 *       {@code Mime.types()}.</li>
 *   <li>{@link nnlab.notebook.PlotlyJson}: a Tablesaw figure as plotly's JSON, which JupyterLab's
 *       plotly renderer and the exported site draw offline.</li>
 *   <li>{@link nnlab.notebook.LiveTraining}: the chart and progress line that a training run
 *       redraws in place while it trains, and that stop cleanly at the notebook's stop
 *       button.</li>
 *   <li>{@link nnlab.notebook.Check}: {@code Check.that(holds, "what the text predicts")} prints
 *       a ✔ line, or fails the cell when the prediction does not hold.</li>
 *   <li>{@link nnlab.notebook.Exercise}: the check cell of a "Your turn" exercise. It runs the
 *       student's method and the library's on fresh seeded inputs (one example, then a batch),
 *       prints ✔, or throws {@link nnlab.notebook.Exercise.Wrong} saying what is wrong (shape,
 *       factor, sign, bias, batch, NaN), or rethrows {@link nnlab.notebook.NotYet}.</li>
 * </ul>
 *
 * <p>A notebook rarely calls this package itself: the kernel draws whatever a cell returns.
 */
package nnlab.notebook;
