package nnlab.plot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.train.Net;
import nnlab.train.Snapshots;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The decision boundary replayed over a run, behind {@link Animate#boundary}: the picture of
 * {@link Plot#decisionBoundary} (probability shading and the p = 0.5 line for one sigmoid output,
 * the predicted class for k softmax outputs) for each snapshot, the data points fixed on top.
 */
final class BoundaryAnimation {

    /** Grid points per axis: coarser than the still's 80, so that 40 frames stay under the size budget. */
    static final int GRID = 50;

    /** Most frames; more snapshots are thinned evenly (first and last kept). */
    static final int MAX_FRAMES = 40;

    private BoundaryAnimation() {}

    static Animation boundary(Snapshots snapshots, Dataset data, String title) {
        Animation.recorded(snapshots);
        Require.given("data", data, "the training set");
        Net first = snapshots.get(0).net();
        if (first.inputSize() != 2 || data.features() != 2) {
            throw new IllegalArgumentException("A decision boundary needs 2 input features (a plane); the net takes "
                    + first.inputSize() + " and the data has " + data.features() + ". Received: features="
                    + data.features());
        }
        DMatrixRMaj X = data.xView();
        double[] gx = ClassifierPlots.span(X, 0, GRID);
        double[] gy = ClassifierPlots.span(X, 1, GRID);
        DMatrixRMaj grid = ClassifierPlots.grid(gx, gy);
        int outputs = first.outputSize();
        // one output: the heatmap (trace 0) and the 0.5 contour (trace 1) move; k outputs: the class heatmap
        int[] moving = outputs == 1 ? new int[] {0, 1} : new int[] {0};
        List<Animation.Frame> frames = new ArrayList<>();
        double[][] firstZ = null;
        for (int s : Animation.spread(snapshots.size(), MAX_FRAMES)) {
            Snapshots.Entry e = snapshots.get(s);
            // two decimals of a probability: finer than the colour scale shows, 5 characters a point
            double[][] z = Animation.hundredths(ClassifierPlots.surface(e.net().predict(grid), GRID));
            firstZ = firstZ == null ? z : firstZ;
            List<ObjectNode> changes = new ArrayList<>();
            for (int ignored : moving) {
                changes.add(Animation.update().set("z", Animation.matrix(z, 2)));
            }
            frames.add(new Animation.Frame(String.valueOf(e.epoch()), title + ", " + Animation.epochText(e), moving,
                    changes));
        }
        List<Trace> traces = new ArrayList<>(ClassifierPlots.shading(gx, gy, firstZ, outputs, data));
        traces.addAll(ClassifierPlots.classPoints(data));
        int height = 520;
        return new Animation(Layouts.sized(frames.get(0).title(), "x₁", Scale.LINEAR, "x₂", Scale.LINEAR, 640, height),
                traces.toArray(new Trace[0]), frames, height, "epoch", 250);
    }
}
