package nnlab.plot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.nn.Dense;
import nnlab.train.Snapshots;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The network drawing of {@link Plot#network} replayed over a run, behind {@link Animate#network}:
 * each weight's line keeps its place and takes, frame by frame, the width |w| and the colour
 * (blue positive, orange negative) of that snapshot. Widths are relative to the largest |w| of
 * the whole run, so weights growing during training show as lines thickening.
 */
final class NetworkAnimation {

    /** Most frames: a 600-weight net's frame is about 40 kB. */
    static final int MAX_FRAMES = 30;

    private NetworkAnimation() {}

    static Animation network(Snapshots snapshots) {
        Animation.recorded(snapshots);
        int[] picked = Animation.spread(snapshots.size(), MAX_FRAMES);
        Figure still = NetworkDrawing.network(snapshots.get(0).net());
        double max = 1e-12;
        for (int s : picked) {
            for (Dense d : snapshots.get(s).net().denseLayers()) {
                for (double w : d.weights().value().data) {
                    max = Math.max(max, Math.abs(w));
                }
            }
        }
        List<Trace> traces = new ArrayList<>(Arrays.asList(still.getTraces()));
        int edges = 0;
        for (Dense d : snapshots.get(0).net().denseLayers()) {
            edges += d.weights().size();
        }
        List<Animation.Frame> frames = new ArrayList<>();
        int[] moving = new int[edges];
        for (int e = 0; e < edges; e++) {
            moving[e] = e;
        }
        for (int f = 0; f < picked.length; f++) {
            Snapshots.Entry entry = snapshots.get(picked[f]);
            List<ObjectNode> changes = new ArrayList<>(edges);
            int e = 0;
            for (Dense d : entry.net().denseLayers()) {
                DMatrixRMaj W = d.weights().value();
                for (int k = 0; k < W.getNumElements(); k++) {
                    double w = W.data[k];    // row-major (i, j), the still's order
                    ObjectNode change = Animation.update().put("text", NetworkDrawing.edgeText(d.name(), w));
                    change.putObject("line").put("width", Animation.round(NetworkDrawing.lineWidth(w, max), 2))
                            .put("color", NetworkDrawing.edgeColor(w));
                    changes.add(change);
                    if (f == 0) {
                        // the still shows frame 0: widths relative to the run's largest weight, one legend entry per sign
                        JsonTrace edge = (JsonTrace) traces.get(e);
                        edge.object("line").put("width", NetworkDrawing.lineWidth(w, max));
                        edge.put("showlegend", false);
                    }
                    e++;
                }
            }
            frames.add(new Animation.Frame(String.valueOf(entry.epoch()), "The network, line width = |w|, "
                    + Animation.epochText(entry), moving, changes));
        }
        for (int sign = 0; sign < 2; sign++) {
            // legend-only entries: an edge's own entry would change colour when its weight changes sign
            traces.add(JsonTrace.line(sign == 0 ? "positive weight" : "negative weight", new double[] {Double.NaN},
                    new double[] {Double.NaN}, NetworkDrawing.edgeColor(sign == 0 ? 1 : -1)));
        }
        int tallest = snapshots.get(0).net().inputSize();
        for (Dense d : snapshots.get(0).net().denseLayers()) {
            tallest = Math.max(tallest, d.outputSize());
        }
        int height = NetworkDrawing.height(tallest);
        return new Animation(Layouts.drawing(frames.get(0).title(), "layer (0 = inputs)", 720, height),
                traces.toArray(new Trace[0]), frames, height, "epoch", 250);
    }
}
