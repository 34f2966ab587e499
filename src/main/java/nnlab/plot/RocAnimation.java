package nnlab.plot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.metrics.Curves;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The ROC point moving as the threshold slides from 1 down to 0, behind {@link Animate#roc}: the
 * curve and the chance diagonal of {@link Plot#roc}, one marker at (FPR, TPR) of the classifier
 * "score ≥ t", and the counts behind it in the title.
 */
final class RocAnimation {

    /** Thresholds shown: 1, 0.975, …, 0 (41 frames). */
    static final int STEPS = 40;

    private RocAnimation() {}

    /** Room above the plot for three title lines. */
    private static ObjectNode titleRoom() {
        ObjectNode more = Animation.update();
        more.putObject("margin").put("t", 100);
        return more;
    }

    static Animation roc(String title, double[] scores, int[] labels) {
        Figure still = ClassifierPlots.roc(title, scores, labels);
        Curves.Roc roc = Curves.roc(scores, labels);
        int positives = (int) Arrays.stream(labels).filter(l -> l == 1).count();
        int negatives = labels.length - positives;
        List<Trace> traces = new ArrayList<>(Arrays.asList(still.getTraces()));
        int point = traces.size();
        List<Animation.Frame> frames = new ArrayList<>();
        double[] firstAt = null;
        for (int s = 0; s <= STEPS; s++) {
            double t = 1 - (double) s / STEPS;
            int at = ClassifierPlots.thresholdIndex(roc.thresholds(), t);
            double fpr = roc.fpr()[at];
            double tpr = roc.tpr()[at];
            firstAt = firstAt == null ? new double[] {fpr, tpr} : firstAt;
            ObjectNode change = Animation.update().<ObjectNode>set("x", Animation.numbers(new double[] {fpr}, 4))
                    .<ObjectNode>set("y", Animation.numbers(new double[] {tpr}, 4));
            String counts = String.format("threshold %.3f: TPR %.2f (%d of %d positives found),"
                    + "<br>FPR %.2f (%d of %d negatives flagged)", t, tpr, Math.round(tpr * positives), positives, fpr,
                    Math.round(fpr * negatives), negatives);
            frames.add(new Animation.Frame(String.format("%.3f", t), title + "<br>" + counts, new int[] {point},
                    List.of(change)));
        }
        traces.add(JsonTrace.points("classifier: score ≥ t", new double[] {firstAt[0]}, new double[] {firstAt[1]},
                Colors.of(3), 14));
        int height = 480;
        return new Animation(Layouts.sized(frames.get(0).title(), "false-positive rate", Scale.LINEAR,
                "true-positive rate (recall)", Scale.LINEAR, 640, height), traces.toArray(new Trace[0]), frames,
                height, "threshold", 200, titleRoom());
    }
}
