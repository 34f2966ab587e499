package nnlab.pretrain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nnlab.data.Dataset;
import nnlab.init.Init;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.train.Architecture;
import nnlab.train.Evaluation;
import nnlab.train.History;
import nnlab.train.Net;

/**
 * Supervised greedy layer-wise training ("growth"): train a net with one hidden layer; then,
 * for depth d = 2, 3, …, build a net with d hidden layers, copy the d − 1 trained hidden layers
 * of the net before into it, freeze them, and train only the new hidden layer and the output
 * layer. Each stage solves a shallow problem on top of fixed features, which is how deep nets
 * were trained before good initializations and ReLUs (Bengio et al., 2007).
 *
 * <pre>{@code
 *   var growth = GreedyGrowth.of(spirals, spiralsValid).hidden(4, Activation.tanh())
 *       .optimizer(Optimizer.adam(0.01)).batchSize(32).epochs(150);
 *   var grown = growth.grow(5);          // depths 1 … 5, each on the frozen layers of the one before
 *   var whole = growth.trainWhole(5);    // the same nets, every layer trained from scratch
 *   Plot.lines(..., grown.depths(), ... grown.accuracy(), ... whole.accuracy())
 * }</pre>
 *
 * The net of depth d is {@code Net.input(features)}, d × {@code dense(units, activation)}, then
 * {@code dense(outputs, outputActivation)}, built with seed {@code seed + d − 1}, so a grown and
 * a whole net of the same depth start from the same draw. Defaults: 8 tanh units per hidden
 * layer; output: one sigmoid unit for one target column, a softmax otherwise; the builder's
 * initializer; each stage trained with Adam (η = 0.01), batch size 32, 100 epochs, not shown live;
 * seed 1. Every setting is checked when set.
 */
public final class GreedyGrowth {

    private final Dataset train;
    private final Dataset validation;
    private int units = 8;
    private Activation activation = Activation.tanh();
    private Activation outputActivation;
    private Init init;
    private Optimizer optimizer = Optimizer.adam(0.01);
    private int batchSize = 32;
    private int epochs = 100;
    private BiFunction<Net, Dataset, History> training;
    private long seed = 1;

    private GreedyGrowth(Dataset train, Dataset validation) {
        this.train = Require.given("train", train, "the training part of a split");
        this.validation = Require.given("validation", validation, "the validation part of a split");
        if (validation.features() != train.features() || validation.targets() != train.targets()) {
            throw new IllegalArgumentException("The validation data must have the training data's columns: training "
                    + train.features() + " features, " + train.targets() + " targets; validation " + validation.features()
                    + " features, " + validation.targets() + " targets.");
        }
    }

    /** Growth trained on {@code train}, each depth evaluated on {@code validation}. */
    public static GreedyGrowth of(Dataset train, Dataset validation) {
        return new GreedyGrowth(train, validation);
    }

    /** Every hidden layer: {@code units} units followed by {@code activation}. Default 8, tanh. */
    public GreedyGrowth hidden(int units, Activation activation) {
        if (units < 1) {
            throw new IllegalArgumentException("A hidden layer needs at least one unit, e.g. 4. Received: units=" + units);
        }
        this.units = units;
        this.activation = Require.given("activation", activation, "Activation.tanh()");
        return this;
    }

    /** The output layer's activation (its width is the number of target columns). Default: sigmoid or softmax. */
    public GreedyGrowth output(Activation outputActivation) {
        this.outputActivation = Require.given("outputActivation", outputActivation, "Activation.sigmoid()");
        return this;
    }

    /** The initializer of every dense layer. Default: the net builder's. */
    public GreedyGrowth init(Init init) {
        this.init = Require.given("init", init, "Init.normalizedXavier()");
        return this;
    }

    /** The optimizer of each stage (reset at the start of every stage). Default Adam, η = 0.01. */
    public GreedyGrowth optimizer(Optimizer optimizer) {
        this.optimizer = Require.given("optimizer", optimizer, "Optimizer.adam(0.01)");
        return this;
    }

    /** The batch size of each stage. Default 32. */
    public GreedyGrowth batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1, e.g. 32. Received: batchSize=" + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** The epochs of each stage. Default 100. */
    public GreedyGrowth epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("Train each stage for at least 1 epoch, e.g. 100. Received: epochs=" + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /**
     * How each stage trains, replacing {@link #optimizer}, {@link #batchSize} and {@link #epochs}:
     * e.g. {@code (net, data) -> net.train(data).optimizer(Optimizer.sgd(0.5)).epochs(50).run()}.
     */
    public GreedyGrowth training(BiFunction<Net, Dataset, History> training) {
        this.training = Require.given("training", training, "(net, data) -> net.train(data).epochs(50).run()");
        return this;
    }

    /** The net of depth d is built with seed {@code seed + d − 1}. Default 1. */
    public GreedyGrowth seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Grows nets of depth 1 … {@code maxDepth}, each on the frozen hidden layers of the one before. */
    public Result grow(int maxDepth) {
        return run(maxDepth, true);
    }

    /** For comparison: a net of each depth 1 … {@code maxDepth}, all its layers trained from its initial weights. */
    public Result trainWhole(int maxDepth) {
        return run(maxDepth, false);
    }

    /** The untrained net of {@code depth} hidden layers, as growth and {@link #trainWhole} build it. */
    public Net net(int depth) {
        checkDepth(depth);
        Architecture b = Net.input(train.features());
        for (int i = 0; i < depth; i++) {
            b = b.dense(units, activation);
        }
        Activation out = outputActivation != null ? outputActivation
                : train.targets() == 1 ? Activation.sigmoid() : Activation.softmax();
        b = b.dense(train.targets(), out).seed(seed + depth - 1);
        return (init == null ? b : b.init(init)).build();
    }

    private Result run(int maxDepth, boolean grow) {
        checkDepth(maxDepth);
        List<Stage> stages = new ArrayList<>();
        for (int depth = 1; depth <= maxDepth; depth++) {
            Net net = net(depth);
            if (grow && depth > 1) {
                Transfer.copyDense(stages.get(depth - 2).net(), net, depth - 1);
                Transfer.freezeDense(net, depth - 1);
            }
            History h = training != null ? training.apply(net, train)
                    : net.train(train).optimizer(optimizer).batchSize(batchSize).epochs(epochs).live(false).run();
            stages.add(new Stage(depth, net, h, net.evaluate(validation)));
        }
        return new Result(grow ? "grown layer by layer" : "trained whole", stages);
    }

    private static void checkDepth(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("The depth counts hidden layers and must be at least 1, e.g. 5. Received: "
                    + "depth=" + depth);
        }
    }

    /** One depth: the trained net (its copied layers still frozen when grown), its history and its validation result. */
    public record Stage(int depth, Net net, History history, Evaluation validation) {}

    /** The stages of one run, depth 1 first; {@code name} says how they were trained. */
    public record Result(String name, List<Stage> stages) {

        public Result {
            stages = List.copyOf(stages);
        }

        /** The trained net with {@code depth} hidden layers. */
        public Net net(int depth) {
            if (depth < 1 || depth > stages.size()) {
                throw new IllegalArgumentException("This run has depths 1 to " + stages.size() + ". Received: depth=" + depth);
            }
            return stages.get(depth - 1).net();
        }

        /** 1, 2, …, the depths, as the x values of a plot. */
        public double[] depths() {
            return stages.stream().mapToDouble(Stage::depth).toArray();
        }

        /** The validation accuracy at each depth. */
        public double[] accuracy() {
            return metric("accuracy");
        }

        /** A validation metric at each depth, e.g. {@code metric("accuracy")}. */
        public double[] metric(String name) {
            return stages.stream().mapToDouble(s -> s.validation().metric(name)).toArray();
        }

        /** The validation loss at each depth. */
        public double[] loss() {
            return stages.stream().mapToDouble(s -> s.validation().loss()).toArray();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(name);
            for (Stage s : stages) {
                sb.append(String.format("%n  %d hidden: validation %s", s.depth(), s.validation()));
            }
            return sb.toString();
        }
    }
}
