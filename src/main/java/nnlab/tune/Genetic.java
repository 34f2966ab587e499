package nnlab.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A genetic (evolutionary) search, set up by name and started by {@link #run}:
 * <pre>{@code
 *   Search.Result r = Search.genetic(space).trials(27).population(9).seed(3).run(p -> validationLoss(p, 40));
 * }</pre>
 * A first generation of {@code population} random settings; then each generation keeps the best
 * setting so far (elitism) and fills the rest with children. A child takes each coordinate of the
 * unit cube from one of two parents, each parent the better of two settings drawn at random from
 * the last generation (tournament selection), then moves every coordinate by a normal step of
 * standard deviation {@code mutation} (clipped to [0, 1]). Stops after {@code trials}
 * evaluations. Defaults: 20 trials, population 8, mutation 0.1, seed 0. Each setting is checked
 * when set; population ≤ trials when the search runs.
 */
public final class Genetic {

    private final Space space;
    private int trials = 20;
    private int population = 8;
    private double mutation = 0.1;
    private long seed = 0;

    Genetic(Space space) {
        if (space == null) {
            throw new IllegalArgumentException("Give the space to search, e.g. Search.genetic(new Space().logUniform(\"eta\","
                    + " 1e-4, 1)). Received: space=null");
        }
        this.space = space;
    }

    /** Evaluations in all, the first generation included. Default 20. */
    public Genetic trials(int trials) {
        Search.checkTrials(trials);
        this.trials = trials;
        return this;
    }

    /** Settings per generation, at least 2. Default 8. */
    public Genetic population(int population) {
        if (population < 2) {
            throw new IllegalArgumentException("A population needs at least 2 settings, e.g. 8. Received: population="
                    + population);
        }
        this.population = population;
        return this;
    }

    /** The standard deviation of the mutation step in the unit cube. Default 0.1. */
    public Genetic mutation(double sd) {
        if (!(sd >= 0 && sd <= 1)) {
            throw new IllegalArgumentException("The mutation step must be in [0, 1] (the cube's side is 1), e.g. 0.1."
                    + " Received: mutation=" + sd);
        }
        this.mutation = sd;
        return this;
    }

    /** Seeds the first generation, the selection, crossover and mutation. Default 0. */
    public Genetic seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Runs the search: exactly {@code trials} evaluations of {@code objective}. */
    public Search.Result run(Search.Objective objective) {
        Search.requireSearch(space, objective);
        if (population > trials) {
            throw new IllegalArgumentException("The population (" + population + ") cannot exceed the trials (" + trials
                    + "): the first generation alone would overspend. Use population(" + trials + ") or more trials.");
        }
        Random rng = new Random(seed);
        List<Search.Trial> out = new ArrayList<>();
        List<Search.Trial> generation = new ArrayList<>();
        for (int i = 0; i < population; i++) {
            generation.add(Search.evaluate(space, out.size() + 1, Search.uniform(space.size(), rng), objective));
            out.add(generation.get(i));
        }
        while (out.size() < trials) {
            Search.Trial elite = new Search.Result("", out).best();
            List<Search.Trial> next = new ArrayList<>();
            next.add(elite != null ? elite : generation.get(0));
            while (next.size() < population && out.size() < trials) {
                double[] a = tournament(generation, rng).point();
                double[] b = tournament(generation, rng).point();
                double[] child = new double[a.length];
                for (int i = 0; i < child.length; i++) {
                    double gene = rng.nextBoolean() ? a[i] : b[i];                             // crossover
                    child[i] = Math.min(1, Math.max(0, gene + mutation * rng.nextGaussian())); // mutation
                }
                Search.Trial t = Search.evaluate(space, out.size() + 1, child, objective);
                next.add(t);
                out.add(t);
            }
            generation = next;
        }
        return new Search.Result("genetic", out);
    }

    private static Search.Trial tournament(List<Search.Trial> generation, Random rng) {
        Search.Trial a = generation.get(rng.nextInt(generation.size()));
        Search.Trial b = generation.get(rng.nextInt(generation.size()));
        return Search.better(b, a) ? b : a;
    }
}
