package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnlab.tune.Search;
import nnlab.tune.Space;
import org.junit.jupiter.api.Test;

class SearchTableTest {

    @Test
    void searchTable_hasOneRowPerTrial_withEachHyperparameterAndTheScore() {
        Search.Result r = Search.random(new Space().logUniform("eta", 1e-3, 1).integer("units", 1, 8), 5, 2,
                p -> p.get("eta") * p.getInt("units"));
        tech.tablesaw.api.Table t = Tables.of(r);
        assertEquals(List.of("trial", "eta", "units", "score"), t.columnNames());
        assertEquals(5, t.rowCount());
        for (int i = 0; i < 5; i++) {
            Search.Trial tr = r.trials().get(i);
            assertEquals(tr.params().get("eta"), t.doubleColumn("eta").get(i));
            assertEquals(tr.score(), t.doubleColumn("score").get(i));
        }
        assertEquals("random search", t.name());
        assertEquals(String.valueOf(r.trials().get(0).params().getInt("units")), t.doubleColumn("units").getString(0));
        String eta = t.doubleColumn("eta").getString(0);
        assertTrue(eta.matches("0\\.0*[1-9]\\d{3}"), eta); // 4 significant digits of a value in [0.001, 1]
        assertEquals(r.trials().get(0).params().get("eta"), Double.parseDouble(eta), 6e-4 * Double.parseDouble(eta));
    }

    @Test
    void successiveHalvingTable_showsTheBudgetOfEachTrial() {
        Search.Result r = Search.successiveHalving(new Space().uniform("a", 0, 1), 4, 5, 1, (p, b) -> p.get("a") + 1.0 / b);
        tech.tablesaw.api.Table t = Tables.of(r);
        assertEquals(List.of("trial", "a", "budget", "score"), t.columnNames());
        assertEquals(List.of(5, 5, 5, 5, 10, 10), t.intColumn("budget").asList());
    }

    @Test
    void hyperbandTable_showsTheBracketAndBudgetOfEachTrial() {
        Search.Result r = Search.hyperband(new Space().uniform("a", 0, 1), 3, 1, (p, b) -> p.get("a") + 1.0 / b);
        tech.tablesaw.api.Table t = Tables.of(r);
        assertEquals(List.of("trial", "a", "bracket", "budget", "score"), t.columnNames());
        // s_max = 1: bracket 1 is 3 settings at 1 epoch, the best at 3; bracket 0 is 2 settings at 3
        assertEquals(List.of(1, 1, 1, 1, 0, 0), t.intColumn("bracket").asList());
        assertEquals(List.of(1, 1, 1, 3, 3, 3), t.intColumn("budget").asList());
    }
}
