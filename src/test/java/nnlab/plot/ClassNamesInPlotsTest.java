package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;

class ClassNamesInPlotsTest {

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void confusionMatrix_labelsRowsAndColumnsWithTheDatasClassNames() {
        Dataset data = Synthetic.blobs(60, 3, 1.0, 1).withNames(null, List.of("T-shirt/top", "Trouser", "Pullover"));
        Net net = Net.input(2).dense(3, Activation.softmax()).seed(2).build();
        JsonNode heat = FigureJson.of(Plot.confusionMatrix(net, data)).traces().get(0);
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover"), strings(heat.get("x")));
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover"), strings(heat.get("y")));

        JsonNode unnamed = FigureJson.of(Plot.confusionMatrix(net, Synthetic.blobs(60, 3, 1.0, 1))).traces().get(0);
        assertEquals(List.of("class 0", "class 1", "class 2"), strings(unnamed.get("x")));
    }

    @Test
    void decisionBoundary_legendNamesTheClasses_andTheShadingNamesClass1() {
        Dataset data = Synthetic.moons(80, 0.1, 1).withNames(null, List.of("benign", "malignant"));
        Net net = Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).seed(3).build();
        FigureJson f = FigureJson.of(Plot.decisionBoundary(net, data));
        assertEquals(List.of("P(malignant)", "boundary (p = 0.5)", "benign", "malignant"), f.names());
        assertEquals("P(malignant)", f.traces().get(0).path("colorbar").path("title").asText());
        int total = f.trace("benign").get("x").size() + f.trace("malignant").get("x").size();
        assertEquals(data.size(), total);
    }

    @Test
    void rocAndPrecisionRecall_titlesNameThePositiveClassAgainstTheOther() {
        Dataset data = Synthetic.moons(80, 0.1, 1).withNames(null, List.of("ham", "spam"));
        Net net = Net.input(2).dense(1, Activation.sigmoid()).seed(3).build();
        assertEquals("ROC curve: spam vs ham", FigureJson.of(Plot.roc(net, data)).title());
        assertEquals("ROC curve: spam vs ham", FigureJson.of(Plot.roc(net, data, 0.3, 0.7)).title());
        assertEquals("Precision-recall curve: spam vs ham", FigureJson.of(Plot.precisionRecall(net, data)).title());
        assertEquals("ROC curve", FigureJson.of(Plot.roc(net, Synthetic.moons(80, 0.1, 1))).title());
    }
}
