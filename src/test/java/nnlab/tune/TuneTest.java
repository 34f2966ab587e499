package nnlab.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TuneTest {

    @Test
    void space_mapsTheUnitCubeToEachKindOfRange() {
        Space s = new Space().logUniform("eta", 1e-4, 1).uniform("p", 0, 0.5).integer("units", 2, 5).choice("batch", 8, 32);
        Params lo = s.at(new double[] {0, 0, 0, 0});
        Params hi = s.at(new double[] {1, 1, 1, 1});
        Params mid = s.at(new double[] {0.5, 0.5, 0.5, 0.5});
        assertEquals(1e-4, lo.get("eta"), 1e-18);
        assertEquals(1, hi.get("eta"), 1e-12);
        assertEquals(1e-2, mid.get("eta"), 1e-15); // the geometric mean of 1e-4 and 1
        assertEquals(0.25, mid.get("p"), 1e-15);
        assertEquals(2, lo.getInt("units"));
        assertEquals(5, hi.getInt("units"));
        assertEquals(8, lo.getInt("batch"));
        assertEquals(32, hi.getInt("batch"));
        // each integer equally likely: u in [0, 1/4) gives 2, [1/4, 1/2) gives 3, ...
        assertEquals(3, s.at(new double[] {0, 0, 0.3, 0}).getInt("units"));
        assertEquals(List.of("eta", "p", "units", "batch"), s.names());
        assertThrows(IllegalArgumentException.class, () -> new Space().logUniform("eta", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Space().integer("n", 1, 2).integer("n", 1, 2));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> lo.get("lr"));
        assertTrue(missing.getMessage().contains("eta"), missing.getMessage());
    }

    @Test
    void grid_triesEveryCombinationOnce_atTheCentresOfEqualSlices() {
        Space s = new Space().uniform("a", 0, 1).integer("b", 1, 2);
        List<double[]> points = s.grid(4);
        assertEquals(4 * 2, points.size()); // b has only 2 values
        Set<String> seen = new HashSet<>();
        Search.Result r = Search.grid(s, 4, 1, p -> p.get("a") + p.get("b"));
        r.trials().forEach(t -> seen.add(t.params().toString()));
        assertEquals(8, seen.size());
        assertTrue(seen.contains("a = 0.125, b = 1") && seen.contains("a = 0.875, b = 2"), seen.toString());
        assertEquals(1.125, r.best().score(), 1e-15);
    }

    @Test
    void normalCdf_andExpectedImprovement_matchKnownValues() {
        assertEquals(0.5, Search.normalCdf(0), 2e-7);
        assertEquals(0.8413447461, Search.normalCdf(1), 2e-7);
        assertEquals(0.0249978952, Search.normalCdf(-1.96), 2e-7);
        // at the best score, with unit uncertainty: EI = σ φ(0) = 1/√(2π)
        assertEquals(1 / Math.sqrt(2 * Math.PI), Search.expectedImprovement(0, 1, 0), 2e-7);
        assertEquals(0.3, Search.expectedImprovement(0.2, 0, 0.5), 1e-15);
        assertEquals(0.0, Search.expectedImprovement(0.7, 0, 0.5));
        // EI against a Monte Carlo average of max(best − Y, 0), Y ~ N(0.4, 0.3²)
        java.util.Random rng = new java.util.Random(5);
        double mc = 0;
        int n = 2_000_000;
        for (int i = 0; i < n; i++) {
            mc += Math.max(0.5 - (0.4 + 0.3 * rng.nextGaussian()), 0) / n;
        }
        assertEquals(mc, Search.expectedImprovement(0.4, 0.3, 0.5), 1e-3);
    }

    @Test
    void gaussianProcess_passesNearItsData_andIsUnsureFarFromIt() {
        List<double[]> x = List.of(new double[] {0.1}, new double[] {0.4}, new double[] {0.5}, new double[] {0.9});
        double[] y = {1.0, 0.2, 0.1, 0.8};
        GaussianProcess gp = GaussianProcess.fit(x, y);
        for (int i = 0; i < y.length; i++) {
            double[] p = gp.predict(x.get(i));
            assertEquals(y[i], p[0], 0.05, "mean at a data point");
        }
        double near = gp.predict(new double[] {0.45})[1];
        double far = gp.predict(new double[] {0.7})[1];
        assertTrue(near < far, "σ near the data " + near + " should be below σ between distant points " + far);
    }

    @Test
    void bayesianSearch_findsTheMinimumOfASmoothFunction_andSkipsFailedTrials() {
        Space s = new Space().uniform("a", 0, 1).uniform("b", 0, 1);
        Search.Objective bowl = p -> Math.pow(p.get("a") - 0.3, 2) + Math.pow(p.get("b") - 0.6, 2);
        Search.Result bo = Search.bayesian(s, 20, 4, 3, bowl);
        Search.Result rs = Search.random(s, 20, 3, bowl);
        assertEquals(20, bo.trials().size());
        assertTrue(bo.best().score() < 1e-3, bo.toString());
        assertTrue(bo.best().score() < rs.best().score(), bo + " vs " + rs);
        double[] soFar = bo.bestSoFar();
        for (int i = 1; i < soFar.length; i++) {
            assertTrue(soFar[i] <= soFar[i - 1]);
        }
        // a region where training "diverges": infinite scores are kept but never best
        Search.Result failing = Search.bayesian(s, 12, 4, 4, p -> p.get("a") > 0.5 ? Double.POSITIVE_INFINITY : bowl.score(p));
        assertTrue(Double.isFinite(failing.best().score()) && failing.best().params().get("a") <= 0.5);
        assertThrows(IllegalArgumentException.class, () -> Search.bayesian(s, 5, 0, 1, bowl));
    }

    @Test
    void successiveHalving_keepsTheBetterHalf_andDoublesTheBudgetEachRound() {
        Space s = new Space().uniform("a", 0, 1);
        // a score that improves with budget, like a validation loss with more epochs
        Search.BudgetedObjective f = (p, budget) -> Math.abs(p.get("a") - 0.3) + 1.0 / budget;
        Search.Result r = Search.successiveHalving(s, 8, 1, 7, f);
        assertEquals(8 + 4 + 2, r.trials().size());
        assertEquals(List.of(1, 2, 4), r.trials().stream().map(Search.Trial::budget).distinct().toList());
        assertEquals(8 * 1 + 4 * 2 + 2 * 4, r.totalBudget()); // every round costs the same
        // the survivors of each round are the best half of the round before
        List<Search.Trial> first = r.trials().subList(0, 8);
        double[] sorted = first.stream().mapToDouble(Search.Trial::score).sorted().toArray();
        for (Search.Trial t : r.trials().subList(8, 12)) {
            double scoreAtBudget1 = f.score(t.params(), 1);
            assertTrue(scoreAtBudget1 <= sorted[3], "a survivor was not in the better half");
        }
        // the result is the setting closest to 0.3 among the first 8, scored at the largest budget
        Search.Trial closest = first.stream().min(java.util.Comparator.comparingDouble(Search.Trial::score)).get();
        assertEquals(closest.params(), r.best().params());
        assertEquals(4, r.best().budget());
        assertEquals(3 + 2, Search.successiveHalving(s, 3, 1, 7, f).trials().size());
        assertThrows(IllegalArgumentException.class, () -> Search.successiveHalving(s, 1, 1, 7, f));
    }

    @Test
    void geneticSearch_improvesOnItsFirstGeneration_andSpendsExactlyItsTrials() {
        Space s = new Space().uniform("a", 0, 1).uniform("b", 0, 1);
        Search.Objective bowl = p -> Math.pow(p.get("a") - 0.3, 2) + Math.pow(p.get("b") - 0.6, 2);
        Search.Result g = Search.genetic(s).trials(40).population(8).seed(3).run(bowl);
        assertEquals(40, g.trials().size());
        double firstGeneration = g.trials().subList(0, 8).stream().mapToDouble(Search.Trial::score).min().getAsDouble();
        assertTrue(g.best().score() < firstGeneration / 4, g.best() + " vs first generation " + firstGeneration);
        assertThrows(IllegalArgumentException.class, () -> Search.genetic(s).population(1));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> Search.genetic(s).trials(5).population(8).run(bowl));
        assertTrue(tooMany.getMessage().contains("(8)") && tooMany.getMessage().contains("(5)"), tooMany.getMessage());
    }

    @Test
    void geneticSearch_isReproducibleFromItsSeed_andMutationZeroOnlyRecombinesTheFirstGeneration() {
        Space s = new Space().uniform("a", 0, 1).uniform("b", 0, 1);
        Search.Objective bowl = p -> Math.pow(p.get("a") - 0.3, 2) + Math.pow(p.get("b") - 0.6, 2);
        Search.Result a = Search.genetic(s).trials(20).seed(5).run(bowl);
        Search.Result b = Search.genetic(s).trials(20).seed(5).run(bowl);
        assertEquals(a.trials().stream().map(Search.Trial::score).toList(), b.trials().stream().map(Search.Trial::score).toList());
        Search.Result eight = Search.genetic(s).trials(20).population(8).mutation(0.1).seed(5).run(bowl);
        assertEquals(a.trials().stream().map(Search.Trial::score).toList(),
                eight.trials().stream().map(Search.Trial::score).toList(), "defaults: population 8, mutation 0.1");
        Search.Result other = Search.genetic(s).trials(20).seed(6).run(bowl);
        assertTrue(other.trials().get(0).score() != a.trials().get(0).score(), "another seed, another first setting");
        Search.Result still = Search.genetic(s).trials(20).population(4).mutation(0).seed(5).run(bowl);
        java.util.Set<Double> firstA = new java.util.HashSet<>();
        java.util.Set<Double> firstB = new java.util.HashSet<>();
        still.trials().subList(0, 4).forEach(t -> { firstA.add(t.point()[0]); firstB.add(t.point()[1]); });
        for (Search.Trial t : still.trials()) {
            assertTrue(firstA.contains(t.point()[0]) && firstB.contains(t.point()[1]), "every gene comes from generation 1");
        }
        assertThrows(IllegalArgumentException.class, () -> Search.genetic(s).mutation(-0.1));
    }

    @Test
    void hyperband_scheduleForR27Eta3_isThePapersTable() {
        Hyperband hb = Search.hyperband(new Space().uniform("a", 0, 1), 27);
        assertEquals(3, hb.maxBracket());
        // hand-computed: n = ceil((s_max+1)/(s+1) * 3^s) at r = 27 * 3^-s, then n_i = floor(n 3^-i), r_i = r 3^i
        assertEquals(List.of(
                new Hyperband.Rung(3, 27, 1), new Hyperband.Rung(3, 9, 3), new Hyperband.Rung(3, 3, 9), new Hyperband.Rung(3, 1, 27),
                new Hyperband.Rung(2, 12, 3), new Hyperband.Rung(2, 4, 9), new Hyperband.Rung(2, 1, 27),
                new Hyperband.Rung(1, 6, 9), new Hyperband.Rung(1, 2, 27),
                new Hyperband.Rung(0, 4, 27)), hb.schedule());
        assertEquals(List.of(new Hyperband.Rung(1, 6, 9), new Hyperband.Rung(1, 2, 27)), hb.bracket(1).schedule());
    }

    @Test
    void hyperband_whenRIsNotAPowerOfEta_roundsTheBudgetsAndEndsAtR() {
        // R = 10, eta = 3: s_max = 2; s = 2: n = 9 at 10/9 -> 1, 10/3 -> 3, 10; s = 1: n = ceil(4.5) = 5; s = 0: n = 3
        assertEquals(List.of(new Hyperband.Rung(2, 9, 1), new Hyperband.Rung(2, 3, 3), new Hyperband.Rung(2, 1, 10),
                new Hyperband.Rung(1, 5, 3), new Hyperband.Rung(1, 1, 10), new Hyperband.Rung(0, 3, 10)),
                Search.hyperband(new Space().uniform("a", 0, 1), 10).schedule());
        // eta = 2, R = 4: s_max = 2; s = 2: n = 4 at 1; s = 1: n = ceil(3/2*2) = 3 at 2; s = 0: n = 3 at 4
        assertEquals(List.of(new Hyperband.Rung(2, 4, 1), new Hyperband.Rung(2, 2, 2), new Hyperband.Rung(2, 1, 4),
                new Hyperband.Rung(1, 3, 2), new Hyperband.Rung(1, 1, 4), new Hyperband.Rung(0, 3, 4)),
                Search.hyperband(new Space().uniform("a", 0, 1), 4).reduction(2).schedule());
    }

    @Test
    void hyperband_spendsTheScheduledBudget_andKeepsTheBestOfEachRung() {
        Space s = new Space().uniform("a", 0, 1);
        Search.BudgetedObjective f = (p, budget) -> Math.abs(p.get("a") - 0.3) + 1.0 / budget;
        Search.Result r = Search.hyperband(s, 27, 5, f);
        assertEquals("hyperband", r.strategy());
        assertEquals(40 + 17 + 8 + 4, r.trials().size());
        assertEquals(27 + 27 + 27 + 27 + 36 + 36 + 27 + 54 + 54 + 108, r.totalBudget()); // 423
        assertEquals(List.of(3, 2, 1, 0), r.trials().stream().map(Search.Trial::bracket).distinct().toList());
        // bracket 2's second rung holds exactly the 4 best of its 12 first settings
        List<Search.Trial> b2 = r.trials().stream().filter(t -> t.bracket() == 2).toList();
        double fourth = b2.subList(0, 12).stream().mapToDouble(Search.Trial::score).sorted().toArray()[3];
        for (Search.Trial t : b2.subList(12, 16)) {
            assertEquals(9, t.budget());
            assertTrue(f.score(t.params(), 3) <= fourth, "a survivor was not among the best 4");
        }
        // every bracket keeps its best first setting, so the result is the closest to 0.3 of all first settings
        Search.Trial closest = r.trials().stream().filter(t -> t.budget() == 27 / (int) Math.pow(3, t.bracket())) // first rungs
                .min(java.util.Comparator.comparingDouble(t -> Math.abs(t.params().get("a") - 0.3))).get();
        assertEquals(closest.params(), r.best().params());
        assertEquals(Math.abs(closest.params().get("a") - 0.3) + 1.0 / 27, r.best().score(), 1e-15);
        assertEquals(27, r.best().budget());
        // the most aggressive bracket alone, 4 times: 4 x 40 trials, 4 x 108 epochs
        Search.Result one = Search.hyperband(s, 27).bracket(3).rounds(4).seed(5).run(f);
        assertEquals("hyperband bracket 3", one.strategy());
        assertEquals(160, one.trials().size());
        assertEquals(432, one.totalBudget());
        assertEquals(r.trials().subList(0, 40).stream().map(Search.Trial::score).toList(),
                one.trials().subList(0, 40).stream().map(Search.Trial::score).toList(), "same seed, same first bracket");
    }

    @Test
    void bestAfter_countsOnlyTrialsAtTheLargestBudgetDoneByThen() {
        Space s = new Space().uniform("a", 0, 1);
        Search.Result r = Search.successiveHalving(s, 4, 1, 3, (p, b) -> p.get("a") + 10.0 / b);
        // rounds: 4 x 1 epoch (4 spent), then 2 x 2 epochs (6 and 8 spent); the largest budget is 2
        double first = r.trials().get(4).score();
        double second = r.trials().get(5).score();
        assertTrue(Double.isNaN(r.bestAfter(5.9)), "no trial at budget 2 done after 5.9 epochs");
        assertEquals(first, r.bestAfter(6), 0);
        assertEquals(first, r.bestAfter(7.5), 0);
        assertEquals(Math.min(first, second), r.bestAfter(8), 0);
        assertEquals(Math.min(first, second), r.bestAfter(1e9), 0);
    }
}
