package nnlab.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Hyperparameter search: try settings from a {@link Space}, score each with an {@link Objective}
 * (lower is better, e.g. the validation loss of a net trained with those settings) and keep them
 * all in a {@link Result}. Three ways to pick the settings, for the same number of trials:
 * <ul>
 * <li>{@link #grid}: every combination of a few levels per hyperparameter. Simple, but with d
 *     hyperparameters and k levels it costs kᵈ trials and tries only k values of each;</li>
 * <li>{@link #random}: independent uniform points of the unit cube. Each trial tries a new value
 *     of every hyperparameter, so the ones that matter get explored even when others do not
 *     (Bergstra &amp; Bengio, 2012);</li>
 * <li>{@link #bayesian}: a few random points, then each next point where a Gaussian process fitted
 *     to the scores so far ({@link GaussianProcess}) gives the largest expected improvement over
 *     the best score.</li>
 * </ul>
 * Two more spend the budget differently: {@link #genetic} evolves a population of settings (its
 * settings are named, {@code genetic(space).trials(27).population(9).seed(1).run(objective)}: two
 * counts side by side could not be told apart), and
 * {@link #successiveHalving} trains many settings briefly and gives the survivors more epochs, and
 * {@link #hyperband} runs several such brackets, from many settings with short runs to few with long ones.
 * A trial whose score is not finite (training diverged) is kept with that score; it never counts
 * as the best, and the Gaussian process sees it as the worst finite score so far. An objective
 * that throws stops the search with an {@link IllegalStateException} naming the trial's number and
 * settings, the objective's exception attached as its cause. Every search refuses a null or
 * empty space and a null objective ({@link IllegalArgumentException}).
 */
public final class Search {

    private Search() {}

    /** Trains with the given hyperparameters and returns a score to minimise. */
    @FunctionalInterface
    public interface Objective {
        double score(Params params);
    }

    /** Trains with the given hyperparameters for {@code budget} epochs and returns a score to minimise. */
    @FunctionalInterface
    public interface BudgetedObjective {
        double score(Params params, int budget);
    }

    /**
     * Every combination of {@code levels} values per hyperparameter (fewer for an integer or
     * choice with fewer values), evaluated in an order shuffled with {@code seed}: kᵈ trials.
     */
    public static Result grid(Space space, int levels, long seed, Objective objective) {
        requireSearch(space, objective);
        List<double[]> points = space.grid(levels);
        Collections.shuffle(points, new Random(seed));
        List<Trial> trials = new ArrayList<>();
        for (double[] u : points) {
            trials.add(evaluate(space, trials.size() + 1, u, objective));
        }
        return new Result("grid", trials);
    }

    /** {@code trials} points drawn uniformly from the unit cube with {@code seed}. */
    public static Result random(Space space, int trials, long seed, Objective objective) {
        requireSearch(space, objective);
        checkTrials(trials);
        Random rng = new Random(seed);
        List<Trial> out = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            out.add(evaluate(space, t + 1, uniform(space.size(), rng), objective));
        }
        return new Result("random", out);
    }

    /**
     * Bayesian optimization: {@code initial} random points, then, until {@code trials} in all,
     * the point of largest expected improvement under a Gaussian process fitted to the scores so
     * far. The maximum is searched among 2,000 random points of the cube and 500 small
     * perturbations of the best point so far.
     */
    public static Result bayesian(Space space, int trials, int initial, long seed, Objective objective) {
        requireSearch(space, objective);
        checkTrials(trials);
        if (initial < 1 || initial > trials) {
            throw new IllegalArgumentException("initial random trials must be between 1 and trials (" + trials
                    + "), e.g. 4. Received: initial=" + initial);
        }
        Random rng = new Random(seed);
        List<Trial> out = new ArrayList<>();
        for (int t = 0; t < initial; t++) {
            out.add(evaluate(space, t + 1, uniform(space.size(), rng), objective));
        }
        while (out.size() < trials) {
            List<double[]> x = new ArrayList<>();
            double[] y = new double[out.size()];
            double worst = out.stream().mapToDouble(Trial::score).filter(Double::isFinite).max().orElse(0);
            for (int i = 0; i < out.size(); i++) {
                x.add(out.get(i).point());
                y[i] = Double.isFinite(out.get(i).score()) ? out.get(i).score() : worst;
            }
            GaussianProcess gp = GaussianProcess.fit(x, y);
            Trial best = new Result("", out).best();
            double bestScore = best == null ? worst : best.score();
            double[] bestPoint = best == null ? x.get(0) : best.point();
            double[] next = null;
            double nextEi = -1;
            for (int c = 0; c < 2500; c++) {
                double[] u = c < 2000 ? uniform(space.size(), rng) : perturb(bestPoint, 0.05, rng);
                double[] pred = gp.predict(u);
                double ei = expectedImprovement(pred[0], pred[1], bestScore);
                if (ei > nextEi) {
                    nextEi = ei;
                    next = u;
                }
            }
            out.add(evaluate(space, out.size() + 1, next, objective));
        }
        return new Result("bayesian", out);
    }

    /**
     * A genetic (evolutionary) search over {@code space}, with named settings:
     * {@code Search.genetic(space).trials(27).population(9).seed(seed).run(objective)}; see
     * {@link Genetic} for the algorithm and the defaults.
     */
    public static Genetic genetic(Space space) {
        return new Genetic(space);
    }

    static boolean better(Trial x, Trial y) {
        return Double.isFinite(x.score()) && !(x.score() >= y.score());
    }

    /**
     * Successive halving: {@code configs} random settings are each trained for {@code minBudget}
     * epochs; the better half (rounded up) is trained again from scratch with twice the budget;
     * and so on until one setting is left. Every round costs about the same number of epochs,
     * {@code configs × minBudget}, and most of the budget goes to the settings that looked best
     * early. Each trial records its budget; {@link Result#best()} is the best at the largest one.
     */
    public static Result successiveHalving(Space space, int configs, int minBudget, long seed,
                                           BudgetedObjective objective) {
        requireSearch(space, objective);
        if (configs < 2) {
            throw new IllegalArgumentException("Successive halving needs at least 2 settings, e.g. 16. Received: configs="
                    + configs);
        }
        if (minBudget < 1) {
            throw new IllegalArgumentException("The first budget must be >= 1 epoch, e.g. 5. Received: minBudget="
                    + minBudget);
        }
        long last = minBudget;
        for (int n = configs; n > 2; n = (n + 1) / 2) {
            last *= 2;
        }
        if (last > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The last round's budget, minBudget doubled each round, would overflow an"
                    + " int (" + last + " epochs); use a smaller first budget, e.g. 5, or fewer settings. Received: configs="
                    + configs + ", minBudget=" + minBudget);
        }
        List<Integer> sizes = new ArrayList<>();
        List<Integer> budgets = new ArrayList<>();
        for (int n = configs, b = minBudget; ; n = (n + 1) / 2, b *= 2) {
            sizes.add(n);
            budgets.add(b);
            if (n <= 2) {
                break; // the last pair is compared at this budget: the better one is the result
            }
        }
        Random rng = new Random(seed);
        List<Trial> out = new ArrayList<>();
        halve(space, rng, sizes, budgets, -1, objective, out);
        return new Result("successive halving", out);
    }

    /**
     * Hyperband with η = 3, one round of every bracket: see {@link Hyperband} for the schedule,
     * {@code Search.hyperband(space, 27).reduction(2).rounds(2).seed(1).run(objective)} for the options.
     */
    public static Result hyperband(Space space, int maxBudget, long seed, BudgetedObjective objective) {
        return hyperband(space, maxBudget).seed(seed).run(objective);
    }

    /** Hyperband up to {@code maxBudget} epochs per trial, with named options; see {@link Hyperband}. */
    public static Hyperband hyperband(Space space, int maxBudget) {
        return new Hyperband(space, maxBudget);
    }

    /**
     * One bracket of successive halving, shared by {@link #successiveHalving} and {@link Hyperband}:
     * {@code sizes[0]} random points are trained with {@code budgets[0]}; the best {@code sizes[1]}
     * of them (finite scores first) with {@code budgets[1]}, from scratch; and so on, into {@code out}.
     */
    static void halve(Space space, Random rng, List<Integer> sizes, List<Integer> budgets, int bracket,
                      BudgetedObjective objective, List<Trial> out) {
        List<double[]> survivors = new ArrayList<>();
        for (int i = 0; i < sizes.get(0); i++) {
            survivors.add(uniform(space.size(), rng));
        }
        for (int rung = 0; ; rung++) {
            int b = budgets.get(rung);
            List<Trial> round = new ArrayList<>();
            for (double[] u : survivors) {
                Params p = space.at(u);
                int number = out.size() + 1;
                Trial t = new Trial(number, p, u, score(number, p, b, () -> objective.score(p, b)), b, bracket);
                round.add(t);
                out.add(t);
            }
            if (rung + 1 == sizes.size()) {
                return;
            }
            round.sort((x, y) -> better(x, y) ? -1 : better(y, x) ? 1 : 0);
            survivors = new ArrayList<>();
            for (int i = 0; i < sizes.get(rung + 1); i++) {
                survivors.add(round.get(i).point());
            }
        }
    }

    /**
     * Expected improvement below {@code best} of a score distributed N(μ, σ²):
     * EI = (best − μ)·Φ(z) + σ·φ(z), z = (best − μ)/σ; when σ = 0, max(best − μ, 0). Large where
     * the mean is low (exploitation) or the uncertainty is high (exploration).
     */
    public static double expectedImprovement(double mu, double sigma, double best) {
        if (sigma <= 0) {
            return Math.max(best - mu, 0);
        }
        double z = (best - mu) / sigma;
        return (best - mu) * normalCdf(z) + sigma * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /**
     * Φ(z), the standard normal distribution function, as ½·erfc(−z/√2) with the Chebyshev
     * approximation of erfc in Numerical Recipes (3rd ed., §6.2.2; fractional error below 1.2e-7).
     */
    static double normalCdf(double z) {
        double x = -z / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return 0.5 * (x >= 0 ? erfc : 2 - erfc);
    }

    static Trial evaluate(Space space, int number, double[] u, Objective objective) {
        Params p = space.at(u);
        return new Trial(number, p, u, score(number, p, 0, () -> objective.score(p)), 0);
    }

    /**
     * Runs one trial's objective. A score that is not finite is kept (a diverged run); an
     * exception is rethrown naming the trial and its settings, the objective's exception attached
     * as the cause, since a bare error from inside trial 17 does not say which setting broke.
     */
    private static double score(int number, Params p, int budget, DoubleSupplier objective) {
        try {
            return objective.getAsDouble();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Trial " + number + " of the search failed with "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ". Fix the objective, or narrow the space so"
                    + " that every setting in it is legal. Received: trial " + number + ", " + p
                    + (budget > 0 ? ", budget " + budget : ""), e);
        }
    }

    /** Throws unless there is a non-empty space and an objective to search it with. */
    static void requireSearch(Space space, Object objective) {
        if (space == null) {
            throw new IllegalArgumentException("Give the space to search, e.g. new Space().logUniform(\"eta\", 1e-4, 1)."
                    + " Received: space=null");
        }
        space.requireNonEmpty();
        if (objective == null) {
            throw new IllegalArgumentException("Give the objective that scores a setting (lower is better), e.g."
                    + " p -> validationLoss(p.get(\"eta\")). Received: objective=null");
        }
    }

    static double[] uniform(int d, Random rng) {
        double[] u = new double[d];
        for (int i = 0; i < d; i++) {
            u[i] = rng.nextDouble();
        }
        return u;
    }

    private static double[] perturb(double[] u, double sd, Random rng) {
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            v[i] = Math.min(1, Math.max(0, u[i] + sd * rng.nextGaussian()));
        }
        return v;
    }

    static void checkTrials(int trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("A search needs at least 1 trial, e.g. 20. Received: trials=" + trials);
        }
    }

    /**
     * One evaluated setting: its number (from 1), its values, its point in the unit cube, its
     * score, the budget it was trained with (0 when the search does not vary budgets), and the
     * Hyperband bracket s it ran in (−1 outside Hyperband).
     */
    public record Trial(int number, Params params, double[] point, double score, int budget, int bracket) {

        /** A trial outside Hyperband (bracket −1). */
        public Trial(int number, Params params, double[] point, double score, int budget) {
            this(number, params, point, score, budget, -1);
        }

        @Override
        public String toString() {
            return "trial " + number + ": " + params + (budget > 0 ? " (" + budget + " epochs"
                    + (bracket >= 0 ? ", bracket " + bracket : "") + ")" : "") + " → "
                    + String.format("%.4f", score);
        }
    }

    /** The trials of one search, in the order they were run. */
    public record Result(String strategy, List<Trial> trials) {

        public Result {
            if (trials == null || trials.contains(null)) {
                throw new IllegalArgumentException("A result lists the trials that ran, none of them null. Received:"
                        + " trials=" + trials);
            }
            trials = List.copyOf(trials);
        }

        /**
         * The trial with the lowest finite score among those run with the largest budget (all of
         * them, when budgets do not vary), or null when none is finite.
         */
        public Trial best() {
            int top = trials.stream().mapToInt(Trial::budget).max().orElse(0);
            Trial best = null;
            for (Trial t : trials) {
                if (t.budget() == top && Double.isFinite(t.score()) && (best == null || t.score() < best.score())) {
                    best = t;
                }
            }
            return best;
        }

        /** The total budget spent: the sum of the trials' budgets (0 when budgets do not vary). */
        public long totalBudget() {
            return trials.stream().mapToLong(Trial::budget).sum();
        }

        /**
         * The best score a search run in this order would report after spending {@code spent}
         * epochs: the lowest finite score among the trials at the largest budget that were done
         * by then (trials run one after the other, each costing its budget). NaN before the first.
         * Compares searches that spend budgets differently on one axis of epochs.
         */
        public double bestAfter(double spent) {
            int top = trials.stream().mapToInt(Trial::budget).max().orElse(0);
            double best = Double.NaN;
            long done = 0;
            for (Trial t : trials) {
                done += t.budget();
                if (done > spent) {
                    break;
                }
                if (t.budget() == top && Double.isFinite(t.score()) && !(t.score() >= best)) {
                    best = t.score();
                }
            }
            return best;
        }

        /** Entry t: the lowest finite score among trials 1 … t+1 (NaN until one is finite). */
        public double[] bestSoFar() {
            double[] out = new double[trials.size()];
            double best = Double.NaN;
            for (int t = 0; t < out.length; t++) {
                double s = trials.get(t).score();
                if (Double.isFinite(s) && !(s >= best)) {
                    best = s;
                }
                out[t] = best;
            }
            return out;
        }

        @Override
        public String toString() {
            Trial b = best();
            return strategy + " search, " + trials.size() + " trials; best: " + (b == null ? "none finite" : b.toString());
        }
    }
}
