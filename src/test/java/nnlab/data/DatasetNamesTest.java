package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetNamesTest {

    private static final List<String> FEATURES = List.of("length", "width");
    private static final List<String> CLASSES = List.of("small", "medium", "large");

    private static Dataset named() {
        double[][] x = new double[30][2];
        int[] labels = new int[30];
        for (int i = 0; i < 30; i++) {
            x[i][0] = i;
            x[i][1] = -i;
            labels[i] = i % 3 == 0 ? 0 : i % 3 == 1 ? 1 : 2;
        }
        return Dataset.classification(x, labels, 3).withNames(FEATURES, CLASSES);
    }

    @Test
    void withoutNames_featuresAreNumberedAndClassesAreTheirNumbers() {
        Dataset d = Synthetic.moons(10, 0.1, 1);
        assertEquals(List.of("x1", "x2"), d.featureNames());
        assertTrue(d.classNames().isEmpty());
        assertEquals("1", d.className(1));
    }

    @Test
    void names_surviveEverySubsetAndTransform() {
        Dataset d = named();
        List<Dataset> derived = List.of(d.rows(new int[] {3, 1}), d.shuffled(2), d.split(0.5, 1).first(),
                d.split(0.5, 1).second(), d.kFold(3, 1).get(2).first(), d.oversample(1), d.undersample(1),
                d.withFlippedLabels(0.3, 1), d.keepFraction(2, 0.5, 1), Standardizer.fit(d).apply(d),
                Normalizer.fit(d).apply(d));
        for (Dataset e : derived) {
            assertEquals(FEATURES, e.featureNames(), e.toString());
            assertEquals(CLASSES, e.classNames(), e.toString());
        }
        assertEquals("large", d.className(2));
        assertTrue(d.toString().contains("[small, medium, large]"), d.toString());
    }

    @Test
    void wrongCounts_areRejectedNamingTheCount() {
        Dataset d = named();
        var features = assertThrows(IllegalArgumentException.class, () -> d.withNames(List.of("a"), CLASSES));
        assertTrue(features.getMessage().contains("2 features") && features.getMessage().contains("1 names"),
                features.getMessage());
        var classes = assertThrows(IllegalArgumentException.class, () -> d.withNames(null, List.of("a", "b")));
        assertTrue(classes.getMessage().contains("3 classes"), classes.getMessage());
        assertEquals(FEATURES, d.withNames(null, List.of()).featureNames(), "null keeps the feature names");
        Dataset binary = Synthetic.moons(10, 0.1, 1).withNames(null, List.of("ham", "spam"));
        assertEquals("spam", binary.className(1), "one 0/1 column has two classes");
    }
}
