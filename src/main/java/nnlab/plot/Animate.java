package nnlab.plot;

import java.util.List;
import nnlab.data.Dataset;
import nnlab.diagnose.LayerValues;
import nnlab.optim.PathPoint;
import nnlab.optim.Surface;
import nnlab.train.Net;
import nnlab.train.Snapshots;

/**
 * One-call figures that play: training replayed from {@link Snapshots}, optimizers racing, a
 * threshold sliding. Each returns an {@link Animation} (a figure with frames, a ▶ Play button and
 * a slider) that the kernel draws like any {@link Plot} figure and that plays offline in
 * JupyterLab, Notebook 7 and the exported site:
 *
 * <pre>{@code
 *   Snapshots snapshots = Callback.snapshots(5);               // a copy of the net every 5 epochs
 *   net.train(data).epochs(200).callbacks(snapshots).run();
 *   Animate.boundary(snapshots, data)                          // the decision boundary bending
 *   Animate.network(snapshots)                                 // line widths |w| over epochs
 *   Animate.histograms(snapshots, data, LayerValues.GRADIENTS) // vanishing gradients as they happen
 *   Animate.race(Surface.rosenbrock(), Series.of("SGD", p1, "Adam", p2))
 *   Animate.roc(net, test)                                     // the ROC point as the threshold slides
 * }</pre>
 *
 * Each recipe keeps its figure under {@link Animation#MAX_BYTES} of JSON at course sizes by its
 * grid resolution and a cap on the number of frames (more snapshots are thinned evenly, the first
 * and the last kept).
 */
public final class Animate {

    private Animate() {}

    /**
     * The decision boundary at each snapshot (up to 40 frames), as {@link Plot#decisionBoundary}
     * draws it on a 50 × 50 grid: the probability of class 1 shaded and the p = 0.5 line for one
     * sigmoid output, the predicted class for k softmax outputs; the data points stay put. The
     * title gives the epoch and its training and validation loss.
     *
     * @throws IllegalArgumentException if nothing was recorded, or the net or data do not have 2 inputs
     */
    public static Animation boundary(Snapshots snapshots, Dataset data) {
        return boundary(snapshots, data, "Decision boundary");
    }

    /** As {@link #boundary(Snapshots, Dataset)} with a title ("Moons, 2-8-8-1 tanh"); the epoch follows it. */
    public static Animation boundary(Snapshots snapshots, Dataset data, String title) {
        return BoundaryAnimation.boundary(snapshots, data, title);
    }

    /**
     * Optimizers racing on a 2-D surface: the contours of {@link Plot#lossSurface}, each path
     * drawn up to the frame's step with a marker at its head, and each head's height f in the
     * title. Up to 60 frames: a longer race shows every s-th step, and the last.
     */
    public static Animation race(Surface surface, Series<List<PathPoint>> paths) {
        return race(surface, paths, OptimizationPlots.pathsTitle(surface));
    }

    /** As {@link #race(Surface, Series)} with a title. */
    public static Animation race(Surface surface, Series<List<PathPoint>> paths, String title) {
        return PathAnimation.race(surface, paths, title);
    }

    /**
     * Histograms of each dense layer's weights, activations or gradients at each snapshot (up to
     * 30 frames), computed on the first {@value LayerValues#MAX_EXAMPLES} examples of
     * {@code data} for that snapshot's copy of the net. All layers and frames share one x axis,
     * so a layer whose values shrink is seen shrinking; gradients are drawn as log₁₀ |∂L/∂w|, where
     * vanishing gradients are layers decades to the left of the output layer.
     */
    public static Animation histograms(Snapshots snapshots, Dataset data, LayerValues what) {
        return HistogramAnimation.histograms(snapshots, data, what);
    }

    /**
     * The drawing of {@link Plot#network} at each snapshot (up to 30 frames): line width = |w|
     * relative to the largest weight of the whole run, blue positive, orange negative.
     *
     * @throws IllegalArgumentException for nets with more than 600 weights
     */
    public static Animation network(Snapshots snapshots) {
        return NetworkAnimation.network(snapshots);
    }

    /**
     * The ROC curve of a binary classifier on {@code data}, with the point of the classifier
     * "score ≥ t" moving along it as t slides from 1 to 0 in steps of 0.025, and its counts (true
     * positives found, negatives wrongly flagged) in the title.
     */
    public static Animation roc(Net net, Dataset data) {
        return RocAnimation.roc(ClassifierPlots.title("ROC curve", data), ClassifierPlots.binaryScores(net, data),
                data.labels());
    }

    /** As {@link #roc(Net, Dataset)} from scores and 0/1 labels. */
    public static Animation roc(double[] scores, int[] labels) {
        return RocAnimation.roc("ROC curve", scores, labels);
    }
}
