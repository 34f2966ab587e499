package nnlab.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hyperband (Li, Jamieson, DeSalvo, Rostamizadeh &amp; Talwalkar, "Hyperband: a novel bandit-based
 * approach to hyperparameter optimization", JMLR 18(185), 2018; ICLR 2017), set up by name and
 * started by {@link #run}:
 * <pre>{@code
 *   Search.Result r = Search.hyperband(space, 27).reduction(3).seed(1).run((p, epochs) -> validationLoss(p, epochs));
 * }</pre>
 * Successive halving must choose between many settings with a small first budget (a good setting
 * that starts slowly may be dropped) and few settings with a large one (few settings are tried).
 * Hyperband does not choose: it runs several <b>brackets</b> of successive halving, from the most
 * aggressive to plain random search. With R the largest budget per trial (epochs), η the
 * reduction factor and s<sub>max</sub> = ⌊log<sub>η</sub> R⌋, bracket s = s<sub>max</sub>, …, 0
 * starts
 * <pre>
 *   n = ⌈(s_max + 1)/(s + 1) · η^s⌉ random settings at budget r = R·η^(−s),
 * </pre>
 * and its rung i = 0 … s trains n<sub>i</sub> = ⌊n·η<sup>−i</sup>⌋ settings (the best of the rung
 * before) with r<sub>i</sub> = r·η<sup>i</sup> epochs each, from scratch. Every bracket costs about
 * (s<sub>max</sub> + 1)·R epochs. For R = 27, η = 3 (s<sub>max</sub> = 3), the
 * schedule is (n<sub>i</sub> × r<sub>i</sub> per rung):
 * <pre>
 *   s = 3:  27×1   9×3   3×9   1×27    108 epochs
 *   s = 2:  12×3   4×9   1×27           99 epochs
 *   s = 1:   6×9   2×27                108 epochs
 *   s = 0:   4×27                      108 epochs   (random search)      in all 423 epochs, 69 trials
 * </pre>
 * When R is not a power of η, r<sub>i</sub> is rounded to the nearest whole epoch (at least 1); the
 * last rung always gets R. Every trial records its bracket s and budget; {@link Search.Result#best()}
 * is the best trial at budget R. Defaults: η = 3 ({@link #reduction}), one round, every bracket, seed 0. Each setting is
 * checked when set; the bracket against s<sub>max</sub> when the search runs.
 */
public final class Hyperband {

    private final Space space;
    private final int maxBudget;
    private int eta = 3;
    private int rounds = 1;
    private int onlyBracket = -1;
    private long seed = 0;

    Hyperband(Space space, int maxBudget) {
        if (space == null) {
            throw new IllegalArgumentException("Give the space to search, e.g. Search.hyperband(new Space().logUniform(\"eta\","
                    + " 1e-4, 1), 27). Received: space=null");
        }
        if (maxBudget < 2) {
            throw new IllegalArgumentException("Hyperband needs a largest budget of at least 2 epochs to halve anything,"
                    + " e.g. 27. Received: maxBudget=" + maxBudget);
        }
        this.space = space;
        this.maxBudget = maxBudget;
    }

    /**
     * The reduction factor η ≥ 2 (the paper's symbol; a word here, since a search space's "eta" is
     * usually the learning rate): each rung keeps the best 1/η of its settings and gives them η
     * times the budget. Default 3.
     */
    public Hyperband reduction(int factor) {
        if (factor < 2) {
            throw new IllegalArgumentException("The reduction factor must be at least 2 (keep the best 1/factor), e.g. 3."
                    + " Received: reduction=" + factor);
        }
        this.eta = factor;
        return this;
    }

    /** How many times the whole schedule runs, each time with new random settings. Default 1. */
    public Hyperband rounds(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("Hyperband runs its schedule at least once, e.g. rounds(1). Received: rounds="
                    + rounds);
        }
        this.rounds = rounds;
        return this;
    }

    /**
     * Runs only bracket s (0 ≤ s ≤ s<sub>max</sub>): one successive halving with that bracket's n
     * and r, e.g. {@code bracket(maxBracket()).rounds(4)} for the most aggressive bracket alone.
     */
    public Hyperband bracket(int s) {
        if (s < 0) {
            throw new IllegalArgumentException("A bracket s is between 0 (random search) and s_max = floor(log R / log reduction), e.g. 0."
                    + " Received: bracket=" + s);
        }
        this.onlyBracket = s;
        return this;
    }

    /** Seeds the random settings of every bracket. Default 0. */
    public Hyperband seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** s<sub>max</sub> = ⌊log<sub>η</sub> R⌋: the largest s with η<sup>s</sup> ≤ R. */
    public int maxBracket() {
        int s = 0;
        for (long p = eta; p <= maxBudget; p *= eta) {
            s++;
        }
        return s;
    }

    /** One rung of a bracket: {@code configs} settings trained with {@code budget} epochs each. */
    public record Rung(int bracket, int configs, int budget) {}

    /**
     * The rungs of one round, bracket by bracket in the order they run (s = s<sub>max</sub> first),
     * as the class comment's table lists them.
     *
     * @throws IllegalArgumentException if {@link #bracket} is above s<sub>max</sub>, or a bracket
     *         would hold more settings than an int counts
     */
    public List<Rung> schedule() {
        int sMax = maxBracket();
        if (onlyBracket > sMax) {
            throw new IllegalArgumentException("With maxBudget " + maxBudget + " and reduction " + eta + " the brackets run from 0"
                    + " to s_max = " + sMax + "; choose one of them, or a larger maxBudget. Received: bracket=" + onlyBracket);
        }
        List<Rung> rungs = new ArrayList<>();
        for (int s = sMax; s >= 0; s--) {
            if (onlyBracket >= 0 && s != onlyBracket) {
                continue;
            }
            double etaS = Math.pow(eta, s);
            // n = ⌈(s_max + 1)/(s + 1) · η^s⌉, in integers so that 27·4/4 stays exactly 27
            long n = ((sMax + 1) * (long) etaS + s) / (s + 1);
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Bracket " + s + " would start " + n + " settings; use a smaller maxBudget"
                        + " or a larger reduction. Received: maxBudget=" + maxBudget + ", reduction=" + eta);
            }
            for (int i = 0; i <= s; i++) {
                // n_i = ⌊n η^(−i)⌋, r_i = R η^(i−s)
                int ni = (int) (n / (long) Math.pow(eta, i));
                int ri = i == s ? maxBudget : (int) Math.max(1, Math.round(maxBudget / Math.pow(eta, s - i)));
                rungs.add(new Rung(s, ni, ri));
            }
        }
        return rungs;
    }

    /** Runs the schedule {@code rounds} times: one successive halving per bracket. */
    public Search.Result run(Search.BudgetedObjective objective) {
        Search.requireSearch(space, objective);
        List<Rung> rungs = schedule();
        Random rng = new Random(seed);
        List<Search.Trial> out = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int start = 0; start < rungs.size(); ) {
                int s = rungs.get(start).bracket();
                List<Integer> sizes = new ArrayList<>();
                List<Integer> budgets = new ArrayList<>();
                for (; start < rungs.size() && rungs.get(start).bracket() == s; start++) {
                    sizes.add(rungs.get(start).configs());
                    budgets.add(rungs.get(start).budget());
                }
                Search.halve(space, rng, sizes, budgets, s, objective, out);
            }
        }
        return new Search.Result(onlyBracket >= 0 ? "hyperband bracket " + onlyBracket : "hyperband", out);
    }
}
