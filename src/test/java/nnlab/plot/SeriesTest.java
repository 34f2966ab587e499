package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesTest {

    @Test
    void of_keepsTheOrderGiven_notAlphabeticalOrHashOrder() {
        Series<Integer> s = Series.of("SGD", 1, "Adam", 2, "Adagrad", 3, "RMSprop", 4, "Nesterov", 5, "AdamW", 6)
                .and("momentum", 7);
        assertEquals(List.of("SGD", "Adam", "Adagrad", "RMSprop", "Nesterov", "AdamW", "momentum"), s.names());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), s.values());
        assertEquals(7, s.size());
    }

    @Test
    void duplicateName_isRefusedNamingTheName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Series.of("SGD", 1, "Adam", 2).and("SGD", 3));
        assertTrue(e.getMessage().contains("'SGD' appears twice"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class,
                () -> Series.over(List.of(0.1, 0.10), eta -> "η = " + Math.round(eta * 10) / 10.0, eta -> eta));
        assertTrue(f.getMessage().contains("'η = 0.1'"), f.getMessage());
    }

    @Test
    void nullNameOrValue_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Series.of(null, 1));
        var e = assertThrows(IllegalArgumentException.class, () -> Series.of("Adam", (Integer) null));
        assertTrue(e.getMessage().contains("Adam=null"), e.getMessage());
    }

    @Test
    void and_returnsANewSeries_leavingTheOriginalAsItWas() {
        Series<String> one = Series.of("a", "x");
        Series<String> two = one.and("b", "y");
        assertEquals(List.of("a"), one.names());
        assertEquals(List.of("a", "b"), two.names());
        assertThrows(UnsupportedOperationException.class, () -> two.names().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> two.values().add("z"));
    }

    @Test
    void over_makesOneEntryPerKeyInTheKeysOrder_computingEachValueOnce() {
        List<Double> seen = new ArrayList<>();
        Series<Double> s = Series.over(List.of(0.21, 0.05, 0.15), eta -> "η = " + eta, eta -> {
            seen.add(eta);
            return 2 * eta;
        });
        assertEquals(List.of("η = 0.21", "η = 0.05", "η = 0.15"), s.names());
        assertEquals(List.of(0.42, 0.1, 0.3), s.values());
        assertEquals(List.of(0.21, 0.05, 0.15), seen);
        assertEquals(List.of(3, 4), Series.over(List.of("SGD", "Adam"), String::length).values());
        assertEquals(List.of("SGD", "Adam"), Series.over(List.of("SGD", "Adam"), String::length).names());
    }

    @Test
    void map_keepsTheNames_andAppliesTheFunctionToEachValueInOrder() {
        Series<Integer> s = Series.of("one", 1, "two", 2, "three", 3);
        Series<String> m = s.map(v -> "#" + v * 10);
        assertEquals(s.names(), m.names());
        assertEquals(List.of("#10", "#20", "#30"), m.values());
    }

    @Test
    void get_returnsTheNamedValue_andAMissingNameListsTheNames() {
        Series<Integer> s = Series.of("SGD", 1, "Adam", 2);
        assertEquals(2, s.get("Adam"));
        var e = assertThrows(IllegalArgumentException.class, () -> s.get("Adagrad"));
        assertTrue(e.getMessage().contains("[SGD, Adam]"), e.getMessage());
    }

    @Test
    void forEach_visitsTheEntriesInOrder() {
        List<String> visits = new ArrayList<>();
        Series.of("b", 2, "a", 1).forEach((n, v) -> visits.add(n + v));
        assertEquals(List.of("b2", "a1"), visits);
    }

    @Test
    void copyOf_takesAMapInItsIterationOrder_andEmptyGrowsWithAnd() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("dense2", 2);
        m.put("dense1", 1);
        assertEquals(List.of("dense2", "dense1"), Series.copyOf(m).names());
        Series<Integer> s = Series.empty();
        assertTrue(s.isEmpty());
        assertEquals(Series.of("x", 1), s.and("x", 1));
        assertNotEquals(Series.of("x", 1, "y", 2), Series.of("y", 2, "x", 1), "order is part of a series");
    }

    @Test
    void toString_writesOneEntryPerLine_withArraysWrittenOut() {
        String t = Series.of("σ(z)", new double[] {0.5, 0.75}, "runs", new double[][] {{1}, {2}}).toString();
        assertEquals("Series of 2:\n  σ(z) = [0.5, 0.75]\n  runs = [[1.0], [2.0]]", t);
        assertEquals("Series (empty)", Series.empty().toString());
    }

    @Test
    void aPlotRecipe_refusesAnEmptySeries_sayingWhatToGive() {
        var e = assertThrows(IllegalArgumentException.class, () -> Plot.compare(Series.empty(), "loss"));
        assertTrue(e.getMessage().contains("Series.of("), e.getMessage());
    }
}
