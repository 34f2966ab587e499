/**
 * A tour of nnlab, a toolkit for learning how neural networks are trained (in Java, inside
 * Jupyter), with its packages in course order. Imports only point down this list: each package
 * uses only those above it.
 *
 * <table class="striped">
 * <caption>The packages, from matrices up to the notebook</caption>
 * <thead><tr><th scope="col">package</th><th scope="col">holds</th></tr></thead>
 * <tbody>
 * <tr><td>{@link nnlab.mat}</td><td>the matrix helpers EJML lacks, and the one seam every matrix
 *     product goes through</td></tr>
 * <tr><td>{@link nnlab.init}</td><td>weight initializers (Xavier, He, LeCun, orthogonal, …)</td></tr>
 * <tr><td>{@link nnlab.nn}</td><td>layers and their parameters; <b>the conventions used
 *     everywhere</b> (one example per row, losses return the batch mean, optimizers
 *     subtract)</td></tr>
 * <tr><td>{@link nnlab.loss}</td><td>losses, the cross-entropies fused with their output
 *     activation, class weights</td></tr>
 * <tr><td>{@link nnlab.regularize}</td><td>L1, L2, elastic net, weight decay, max-norm, gradient
 *     clipping</td></tr>
 * <tr><td>{@link nnlab.optim}, {@link nnlab.optim.schedule}</td><td>optimizers from SGD to Adam and
 *     Nadam; learning-rate schedules</td></tr>
 * <tr><td>{@link nnlab.data}</td><td>data sets, splits, scaling, synthetic data with a known true
 *     distribution</td></tr>
 * <tr><td>{@link nnlab.metrics}</td><td>accuracy, precision, recall, F1, confusion, ROC and PR
 *     curves, R²</td></tr>
 * <tr><td>{@link nnlab.train}</td><td>{@code Net} and its builder, the training loop,
 *     {@code History}, callbacks, cross-validation, learning curves</td></tr>
 * <tr><td>{@link nnlab.diagnose}</td><td>gradient checks, per-layer statistics, dead and
 *     identical units</td></tr>
 * <tr><td>{@link nnlab.tune}</td><td>hyperparameter search: grid, random, Bayesian, genetic,
 *     successive halving</td></tr>
 * <tr><td>{@link nnlab.pretrain}</td><td>greedy layer-wise pretraining and transfer
 *     learning</td></tr>
 * <tr><td>{@link nnlab.io}</td><td>saving and loading nets</td></tr>
 * <tr><td>{@link nnlab.tabular}</td><td>your own data: a Tablesaw table or CSV file as a dataset, and back</td></tr>
 * <tr><td>{@link nnlab.plot}</td><td>one-call plots and tables of all the above</td></tr>
 * <tr><td>{@link nnlab.notebook}</td><td>how a notebook shows them</td></tr>
 * </tbody>
 * </table>
 *
 * <p>A net is built, trained and looked at in a few lines:
 * <pre>{@code
 * var data = Synthetic.moons(400, 0.2, 1);
 * var net = Net.input(2).dense(16, Activation.relu()).dense(1, Activation.sigmoid()).seed(1).build();
 * var history = net.train(data).optimizer(Optimizer.adam(0.01)).epochs(50).run();
 * Plot.history(history)
 * }</pre>
 *
 * <p>This package itself holds only {@link nnlab.Nnlab}: the version, and where matrix products
 * run ({@code java -jar nnlab-all.jar} prints both).
 */
package nnlab;
