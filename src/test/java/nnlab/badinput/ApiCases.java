package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.diagnose.Activations;
import nnlab.diagnose.BackpropTracer;
import nnlab.diagnose.GradientCheck;
import nnlab.diagnose.LayerStatistics;
import nnlab.diagnose.LayerValues;
import nnlab.diagnose.UnitHealth;
import nnlab.init.Init;
import nnlab.loss.Loss;
import nnlab.metrics.BinaryConfusion;
import nnlab.metrics.Curves;
import nnlab.metrics.Metric;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.optim.Surface;
import nnlab.optim.schedule.ReduceOnPlateau;
import nnlab.optim.schedule.Schedule;
import nnlab.plot.Plot;
import nnlab.plot.Scale;
import nnlab.plot.Series;
import nnlab.pretrain.GreedyGrowth;
import nnlab.pretrain.Rbm;
import nnlab.pretrain.StackedAutoencoder;
import nnlab.pretrain.Transfer;
import nnlab.regularize.GradientClipping;
import nnlab.regularize.MaxNorm;
import nnlab.regularize.Regularizer;
import nnlab.regularize.WeightDecay;
import nnlab.train.EpochLog;
import nnlab.train.History;
import nnlab.train.Net;
import nnlab.tune.GaussianProcess;
import nnlab.tune.Search;
import nnlab.tune.Space;
import org.ejml.data.DMatrixRMaj;

/** Bad inputs to optimizers, schedules, regularizers, initializers, metrics, tune, pretrain, diagnose, plot. */
final class ApiCases {

    private ApiCases() {}

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<IllegalStateException> ISE = IllegalStateException.class;

    /** 2 → 3 tanh → 1 sigmoid. */
    private static Net small() {
        return Net.input(2).dense(3, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
    }

    private static DMatrixRMaj m(double[][] rows) {
        return new DMatrixRMaj(rows);
    }

    private static Dataset xor() {
        return new Dataset(m(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}), m(new double[][] {{0}, {1}, {1}, {0}}));
    }

    private static Dataset wide() {
        return new Dataset(m(new double[][] {{0, 0, 1}, {0, 1, 1}}), m(new double[][] {{0}, {1}}));
    }

    private static History oneEpoch() {
        return new History(List.of(new EpochLog(1, 0.5, 0.6, Map.of("accuracy", 0.8), 0.1)), false, false);
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        optimizers(c);
        schedules(c);
        regularizers(c);
        initializers(c);
        metrics(c);
        tune(c);
        pretrain(c);
        diagnose(c);
        plot(c);
        return c;
    }

    private static void optimizers(List<Case> c) {
        c.add(Case.of("optim: sgd learning rate NaN", IAE, () -> Optimizer.sgd(Double.NaN), "learningRate=NaN", "e.g."));
        c.add(Case.of("optim: adam negative learning rate", IAE, () -> Optimizer.adam(-0.001), "learningRate=-0.001"));
        c.add(Case.of("optim: learning rate +Infinity", IAE, () -> Optimizer.rmsprop(Double.POSITIVE_INFINITY),
                "learningRate=Infinity"));
        c.add(Case.of("optim: momentum beta 1", IAE, () -> Optimizer.momentum(0.1, 1.0), "beta=1.0", "e.g."));
        c.add(Case.of("optim: nesterov momentum negative", IAE, () -> Optimizer.nesterov(0.1, -0.5), "momentum=-0.5"));
        c.add(Case.of("optim: adam beta2 NaN", IAE, () -> Optimizer.adam(0.001).beta2(Double.NaN), "beta2=NaN"));
        c.add(Case.of("optim: adam epsilon 0", IAE, () -> Optimizer.adam(0.001).epsilon(0), "epsilon=0.0", "e.g."));
        c.add(Case.of("optim: adagrad initial accumulator negative", IAE,
                () -> Optimizer.adagrad(0.1).initialAccumulator(-1), "initialAccumulator=-1.0"));
        c.add(Case.of("optim: adamW weight decay negative", IAE, () -> Optimizer.adamW(0.001, -0.01),
                "weightDecay=-0.01"));
        c.add(Case.of("optim: weight decay NaN", IAE, () -> Optimizer.sgd(0.1).weightDecay(Double.NaN),
                "weightDecay=NaN"));
        c.add(Case.of("optim: max norm 0", IAE, () -> Optimizer.sgd(0.1).maxNorm(0), "maxNorm=0.0", "e.g."));
        c.add(Case.of("optim: nadam momentum decay Infinity", IAE,
                () -> Optimizer.nadam(0.002).momentumDecay(Double.POSITIVE_INFINITY), "momentumDecay=Infinity"));
        c.add(Case.of("optim: setLearningRate negative", IAE, () -> Optimizer.adadelta().setLearningRate(-1),
                "learningRate=-1.0"));
        c.add(Case.of("optim: step with null parameter list", IAE, () -> Optimizer.sgd(0.1).step(null),
                "parameters=null"));
        c.add(Case.of("optim: surface with a null function", IAE, () -> Surface.of("f", null, null, -1, 1, -1, 1), "f=null"));
        c.add(Case.of("optim: surface with an infinite y range", IAE,
                () -> Surface.of("f", (x, y) -> x, null, -1, 1, -1, Double.POSITIVE_INFINITY), "yTo=Infinity"));
        c.add(Case.of("optim: surface gradient of the wrong length", IAE,
                () -> Surface.of("f", (x, y) -> x, (x, y) -> new double[] {1}, -1, 1, -1, 1)
                        .path(Optimizer.sgd(0.1), 0, 0, 3), "length=1", "'f'"));
        c.add(Case.of("optim: surface point NaN", IAE, () -> Surface.bowl().withPoint("start", Double.NaN, 0), "x=NaN"));
        c.add(Case.of("optim: rmsprop rho negative", IAE, () -> Optimizer.rmsprop(0.01).rho(-0.1), "rho=-0.1"));
        c.add(Case.of("optim: adadelta epsilon NaN", IAE, () -> Optimizer.adadelta().epsilon(Double.NaN), "epsilon=NaN"));
        c.add(Case.of("optim: classical momentum 1.5", IAE, () -> Optimizer.classicalMomentum(0.01, 1.5), "momentum=1.5"));
        c.add(Case.of("optim: surface path without optimizer", IAE, () -> Surface.bowl().path(null, 1, 1, 10),
                "optimizer=null"));
        c.add(Case.of("optim: surface path from NaN start", IAE,
                () -> Surface.bowl().path(Optimizer.sgd(0.1), Double.NaN, 1, 10), "x0=NaN"));
        c.add(Case.of("optim: surface path negative steps", IAE, () -> Surface.bowl().path(Optimizer.sgd(0.1), 1, 1, -1),
                "steps=-1"));
        c.add(Case.of("optim: surface with an inverted x range", IAE,
                () -> Surface.of("f", (x, y) -> x * y, null, 2, -2, -2, 2), "xFrom=2.0"));
        c.add(Case.of("optim: ill-conditioned kappa NaN", IAE, () -> Surface.illConditioned(Double.NaN), "kappa=NaN"));
    }

    private static void schedules(List<Case> c) {
        c.add(Case.of("schedule: step size 0", IAE, () -> Schedule.step(0.1, 0, 0.5), "stepSize=0", "e.g."));
        c.add(Case.of("schedule: step gamma above 1", IAE, () -> Schedule.step(0.1, 10, 1.5), "gamma=1.5"));
        c.add(Case.of("schedule: exponential gamma NaN", IAE, () -> Schedule.exponential(0.1, Double.NaN), "gamma=NaN"));
        c.add(Case.of("schedule: initial rate negative", IAE, () -> Schedule.cosine(-0.1, 10, 0), "initialRate=-0.1"));
        c.add(Case.of("schedule: cosine min above initial", IAE, () -> Schedule.cosine(0.1, 10, 0.5), "minRate=0.5"));
        c.add(Case.of("schedule: cyclical max below min", IAE, () -> Schedule.cyclical(0.1, 0.01, 4), "maxRate=0.01"));
        c.add(Case.of("schedule: warm-up without a following schedule", IAE, () -> Schedule.warmup(5, null),
                "then=null", "e.g."));
        c.add(Case.of("schedule: multi-step milestones not increasing", IAE,
                () -> Schedule.multiStep(0.1, 0.1, 30, 10), "milestones=[30, 10]"));
        c.add(Case.of("schedule: multi-step no milestones", IAE, () -> Schedule.multiStep(0.1, 0.1), "milestones=[]"));
        c.add(Case.of("schedule: warm restarts multiplier 0", IAE, () -> Schedule.cosineWarmRestarts(0.1, 10, 0, 0),
                "periodMultiplier=0"));
        c.add(Case.of("schedule: inverse time decay negative", IAE, () -> Schedule.inverseTime(0.1, -1), "decay=-1.0"));
        c.add(Case.of("schedule: rate at a negative epoch", IAE, () -> Schedule.constant(0.1).rate(-1), "epoch=-1"));
        c.add(Case.of("schedule: values over negative epochs", IAE, () -> Schedule.constant(0.1).values(-3), "epochs=-3"));
        c.add(Case.of("schedule: plateau factor 1", IAE, () -> Schedule.reduceOnPlateau(0.1, 1.0, 3), "factor=1.0"));
        c.add(Case.of("schedule: plateau patience 0", IAE, () -> Schedule.reduceOnPlateau(0.1, 0.5, 0), "patience=0"));
        c.add(Case.of("schedule: plateau observes NaN", IAE,
                () -> Schedule.reduceOnPlateau(0.1, 0.5, 2).observe(0, Double.NaN), "monitored=NaN", "epoch 0"));
        c.add(Case.of("schedule: plateau values of null", IAE,
                () -> ((ReduceOnPlateau) Schedule.reduceOnPlateau(0.1, 0.5, 2)).values((double[]) null),
                "monitored=null"));
    }

    private static void regularizers(List<Case> c) {
        c.add(Case.of("regularize: l2 negative", IAE, () -> Regularizer.l2(-0.1), "lambda=-0.1", "e.g."));
        c.add(Case.of("regularize: l1 NaN", IAE, () -> Regularizer.l1(Double.NaN), "lambda=NaN"));
        c.add(Case.of("regularize: elastic net infinite l2", IAE,
                () -> Regularizer.elasticNet(0.1, Double.POSITIVE_INFINITY), "lambda2=Infinity"));
        c.add(Case.of("regularize: clipping by value 0", IAE, () -> GradientClipping.byValue(0), "0.0", "e.g."));
        c.add(Case.of("regularize: clipping by norm NaN", IAE, () -> GradientClipping.byGlobalNorm(Double.NaN), "NaN"));
        c.add(Case.of("regularize: max norm negative", IAE, () -> new MaxNorm(-3), "maxNorm=-3.0"));
        c.add(Case.of("regularize: l2 only for an empty list", IAE, () -> Regularizer.l2(0.1).onlyFor(List.of()),
                "parameters=[]"));
        c.add(Case.of("regularize: only for a list holding null", IAE,
                () -> new WeightDecay(0.1).onlyFor(java.util.Arrays.asList(small().parameters().get(0), null)),
                "entry 1", "null"));
        c.add(Case.of("regularize: clipping null parameters", IAE, () -> GradientClipping.byValue(1).clip(null),
                "parameters=null"));
        c.add(Case.of("regularize: max norm applied to null", IAE, () -> new MaxNorm(3).apply(null), "parameters=null"));
        c.add(Case.of("regularize: l1 only for a null predicate", IAE,
                () -> Regularizer.l1(0.1).onlyFor((java.util.function.Predicate<nnlab.nn.Parameter>) null), "scope=null"));
        c.add(Case.of("regularize: penalty of null parameters", IAE, () -> Regularizer.l2(0.1).penalty(null),
                "parameters=null"));
    }

    private static void initializers(List<Case> c) {
        c.add(Case.of("init: uniform a 0", IAE, () -> Init.uniform(0), "a=0.0", "e.g."));
        c.add(Case.of("init: normal stddev NaN", IAE, () -> Init.normal(Double.NaN), "stddev=NaN"));
        c.add(Case.of("init: constant Infinity", IAE, () -> Init.constant(Double.POSITIVE_INFINITY), "value=Infinity"));
        c.add(Case.of("init: orthogonal gain negative", IAE, () -> Init.orthogonal(-1), "gain=-1.0"));
        c.add(Case.of("init: he with fan-in 0", IAE,
                () -> Init.heNormal().fill(new DMatrixRMaj(0, 3), 0, 3, new Random(1)), "fanIn=0"));
        c.add(Case.of("init: fill with a shape that is not fanIn x fanOut", IAE,
                () -> Init.xavierFanIn().fill(new DMatrixRMaj(2, 3), 3, 2, new Random(1)), "2x3", "fanIn=3"));
        c.add(Case.of("init: fill a null matrix", IAE, () -> Init.lecunNormal().fill(null, 2, 3, new Random(1)),
                "W=null"));
        c.add(Case.of("init: orthogonal fill with fan-out 0", IAE,
                () -> Init.orthogonal().fill(new DMatrixRMaj(3, 0), 3, 0, new Random(1)), "fanOut=0"));
        c.add(Case.of("init: constant fill of a mismatched shape", IAE,
                () -> Init.zeros().fill(new DMatrixRMaj(4, 4), 4, 2, new Random(1)), "4x4", "fanOut=2"));
        c.add(Case.of("init: fill without a Random", IAE, () -> Init.heUniform().fill(new DMatrixRMaj(2, 3), 2, 3, null),
                "rng=null", "e.g."));
    }

    private static void metrics(List<Case> c) {
        DMatrixRMaj two = m(new double[][] {{1}, {0}});
        DMatrixRMaj three = m(new double[][] {{1}, {0}, {1}});
        c.add(Case.of("metrics: accuracy of mismatched rows", IAE, () -> Metric.accuracy().compute(two, three),
                "2x1", "3x1", "Received"));
        c.add(Case.of("metrics: mse of 0 rows", IAE,
                () -> Metric.mse().compute(new DMatrixRMaj(0, 1), new DMatrixRMaj(0, 1)), "0x1"));
        c.add(Case.of("metrics: r2 of null prediction", IAE, () -> Metric.r2().compute(null, two), "prediction=null"));
        c.add(Case.of("metrics: precision of 3 columns", IAE,
                () -> Metric.precision().compute(m(new double[][] {{1, 0, 0}}), m(new double[][] {{1, 0, 0}})),
                "3 columns", "confusionMatrix"));
        c.add(Case.of("metrics: recall with target 2", IAE,
                () -> Metric.recall().compute(m(new double[][] {{0.9}, {0.1}}), m(new double[][] {{2}, {0}})),
                "row 0", "2.0"));
        c.add(Case.of("metrics: f1 with a NaN score", IAE,
                () -> Metric.f1().compute(m(new double[][] {{Double.NaN}, {0.1}}), two), "row 0", "NaN"));
        c.add(Case.of("metrics: roc with one class only", IAE, () -> Curves.roc(new double[] {0.1, 0.9}, new int[] {1, 1}),
                "2 positives"));
        c.add(Case.of("metrics: roc of mismatched lengths", IAE, () -> Curves.roc(new double[] {0.1, 0.9}, new int[] {1}),
                "2 scores", "1 labels"));
        c.add(Case.of("metrics: roc of empty scores", IAE, () -> Curves.roc(new double[0], new int[0]), "at least one"));
        c.add(Case.of("metrics: roc of null scores", IAE, () -> Curves.roc(null, new int[] {1}), "scores=null"));
        c.add(Case.of("metrics: precision-recall label 3", IAE,
                () -> Curves.precisionRecall(new double[] {0.1, 0.9}, new int[] {0, 3}), "row 1", "3"));
        c.add(Case.of("metrics: confusion matrix with 0 classes", IAE,
                () -> Curves.confusionMatrix(new int[] {0}, new int[] {0}, 0), "classes=0"));
        c.add(Case.of("metrics: confusion matrix with -2 classes", IAE,
                () -> Curves.confusionMatrix(new int[0], new int[0], -2), "classes=-2"));
        c.add(Case.of("metrics: confusion matrix label outside", IAE,
                () -> Curves.confusionMatrix(new int[] {0, 5}, new int[] {0, 1}, 3), "row 1", "5"));
        c.add(Case.of("metrics: binary confusion threshold NaN", IAE,
                () -> BinaryConfusion.of(new double[] {0.5}, new int[] {1}, Double.NaN), "threshold=NaN"));
        c.add(Case.of("metrics: confusion matrix of null labels", IAE,
                () -> Curves.confusionMatrix(null, new int[] {1}, 2), "actual=null"));
        c.add(Case.of("metrics: confusion matrix of mismatched lengths", IAE,
                () -> Curves.confusionMatrix(new int[] {0, 1}, new int[] {1}, 2), "2 true labels", "1 predictions"));
        c.add(Case.of("metrics: accuracy of different widths", IAE,
                () -> Metric.accuracy().compute(m(new double[][] {{0.2, 0.8}}), m(new double[][] {{1}})), "1x2", "1x1"));
        c.add(Case.of("metrics: binary confusion negative count", IAE, () -> new BinaryConfusion(-1, 0, 0, 0), "TP=-1"));
    }

    private static void tune(List<Case> c) {
        Search.Objective zero = p -> 0;
        c.add(Case.of("tune: log-uniform with min 0", IAE, () -> new Space().logUniform("eta", 0, 1), "eta", "e.g."));
        c.add(Case.of("tune: uniform inverted range", IAE, () -> new Space().uniform("p", 0.5, 0.1), "from 0.5 to 0.1"));
        c.add(Case.of("tune: uniform NaN bound", IAE, () -> new Space().uniform("p", Double.NaN, 1), "NaN"));
        c.add(Case.of("tune: integer inverted range", IAE, () -> new Space().integer("units", 64, 2), "from 64 to 2"));
        c.add(Case.of("tune: empty choice", IAE, () -> new Space().choice("batch"), "batch", "e.g."));
        c.add(Case.of("tune: choice with NaN", IAE, () -> new Space().choice("batch", 16, Double.NaN), "NaN", "batch"));
        c.add(Case.of("tune: hyperparameter named twice", IAE, () -> new Space().uniform("p", 0, 1).uniform("p", 0, 2),
                "'p'", "again"));
        c.add(Case.of("tune: hyperparameter without a name", IAE, () -> new Space().uniform(null, 0, 1), "name=null"));
        c.add(Case.of("tune: point outside the unit cube", IAE, () -> new Space().uniform("p", 0, 1).at(new double[] {1.5}),
                "1.5", "[0, 1]"));
        c.add(Case.of("tune: point of the wrong length", IAE, () -> new Space().uniform("p", 0, 1).at(new double[2]),
                "2 coordinates"));
        c.add(Case.of("tune: random search of an empty space", IAE, () -> Search.random(new Space(), 5, 1, zero),
                "empty", "e.g."));
        c.add(Case.of("tune: random search with 0 trials", IAE,
                () -> Search.random(new Space().uniform("p", 0, 1), 0, 1, zero), "trials=0"));
        c.add(Case.of("tune: grid with 0 levels", IAE, () -> Search.grid(new Space().uniform("p", 0, 1), 0, 1, zero),
                "levels=0"));
        c.add(Case.of("tune: bayesian initial above trials", IAE,
                () -> Search.bayesian(new Space().uniform("p", 0, 1), 3, 5, 1, zero), "initial=5"));
        c.add(Case.of("tune: search without an objective", IAE,
                () -> Search.random(new Space().uniform("p", 0, 1), 3, 1, null), "objective=null"));
        c.add(Case.of("tune: objective throws names the trial", ISE,
                () -> Search.random(new Space().uniform("p", 0, 1), 3, 1, p -> {
                    throw new IllegalArgumentException("bad p");
                }), "trial 1", "p = ", "bad p"));
        c.add(Case.of("tune: genetic on a null space", IAE, () -> Search.genetic(null), "space=null"));
        c.add(Case.of("tune: genetic population above trials", IAE,
                () -> Search.genetic(new Space().uniform("p", 0, 1)).trials(4).population(8).run(zero), "population(4)"));
        c.add(Case.of("tune: genetic mutation NaN", IAE,
                () -> Search.genetic(new Space().uniform("p", 0, 1)).mutation(Double.NaN), "mutation=NaN"));
        c.add(Case.of("tune: successive halving 1 config", IAE,
                () -> Search.successiveHalving(new Space().uniform("p", 0, 1), 1, 5, 1, (p, b) -> 0), "configs=1"));
        c.add(Case.of("tune: successive halving budget 0", IAE,
                () -> Search.successiveHalving(new Space().uniform("p", 0, 1), 4, 0, 1, (p, b) -> 0), "minBudget=0"));
        c.add(Case.of("tune: gaussian process with a NaN score", IAE,
                () -> GaussianProcess.fit(List.of(new double[] {0.1}, new double[] {0.9}), new double[] {1, Double.NaN}),
                "score 1 = NaN", "worst finite"));
        c.add(Case.of("tune: gaussian process points of different lengths", IAE,
                () -> GaussianProcess.fit(List.of(new double[] {0.1}, new double[] {0.9, 0.2}), new double[] {1, 2}),
                "point 1 has 2"));
        c.add(Case.of("tune: gaussian process predicted at the wrong dimension", IAE,
                () -> GaussianProcess.fit(List.<double[]>of(new double[] {0.1}), new double[] {1}).predict(new double[2]),
                "1 coordinates", "2 coordinates"));
        c.add(Case.of("tune: successive halving objective throws names the budget", ISE,
                () -> Search.successiveHalving(new Space().integer("units", 1, 8), 4, 2, 1, (p, b) -> {
                    throw new ArithmeticException("/ by zero");
                }), "trial 1", "units = ", "budget 2", "/ by zero"));
        c.add(Case.of("tune: genetic run without an objective", IAE,
                () -> Search.genetic(new Space().uniform("p", 0, 1)).trials(4).population(2).run(null), "objective=null"));
        c.add(Case.of("tune: choice of a null array", IAE, () -> new Space().choice("batch", (double[]) null),
                "batch with no values"));
        c.add(Case.of("tune: point with a NaN coordinate", IAE,
                () -> new Space().uniform("p", 0, 1).integer("k", 1, 3).at(new double[] {0.5, Double.NaN}),
                "coordinate 1 (k) = NaN"));
        c.add(Case.of("tune: grid of a billion points", IAE,
                () -> Search.grid(new Space().uniform("a", 0, 1).uniform("b", 0, 1).uniform("c", 0, 1), 1000, 1, zero),
                "levels=1000", "Search.random"));
        c.add(Case.of("tune: successive halving budget overflows", IAE,
                () -> Search.successiveHalving(new Space().uniform("p", 0, 1), 64, 1 << 28, 1, (p, b) -> 0),
                "minBudget=268435456", "overflow"));
        c.add(Case.of("tune: params of a null map", IAE, () -> new nnlab.tune.Params(null), "values=null"));
        c.add(Case.of("tune: params with a null value", IAE,
                () -> new nnlab.tune.Params(java.util.Collections.singletonMap("eta", null)), "eta=null"));
        c.add(Case.of("tune: params of an unknown name", IAE,
                () -> new Space().uniform("p", 0, 1).at(new double[] {0.5}).get("q"), "'q'", "[p]"));
    }

    private static void pretrain(List<Case> c) {
        c.add(Case.of("pretrain: copyDense between different layer sizes", IAE,
                () -> Transfer.copyDense(small(), Net.input(2).dense(4, Activation.tanh()).dense(1).seed(1).build(), 1),
                "2 → 3", "2 → 4"));
        c.add(Case.of("pretrain: copyDense more layers than the target has", IAE,
                () -> Transfer.copyDense(small(), Net.input(2).dense(1).build(), 2), "count=2", "1 dense layers"));
        c.add(Case.of("pretrain: copyDense of a null source", IAE, () -> Transfer.copyDense(null, small(), 1),
                "source=null"));
        c.add(Case.of("pretrain: freeze 0 layers", IAE, () -> Transfer.freezeDense(small(), 0), "count=0"));
        c.add(Case.of("pretrain: rbm with 0 hidden units", IAE, () -> Rbm.hidden(0), "hidden=0", "e.g."));
        c.add(Case.of("pretrain: rbm learning rate NaN", IAE, () -> Rbm.hidden(3).learningRate(Double.NaN),
                "learningRate=NaN"));
        c.add(Case.of("pretrain: rbm on data outside [0, 1]", IAE,
                () -> Rbm.hidden(2).epochs(1).train(m(new double[][] {{0, 1}, {0.5, 3}})), "row 1", "column 1", "3.0"));
        c.add(Case.of("pretrain: rbm on 0 rows", IAE, () -> Rbm.hidden(2).epochs(1).train(new DMatrixRMaj(0, 3)),
                "0x3"));
        c.add(Case.of("pretrain: rbm on null data", IAE, () -> Rbm.hidden(2).train(null), "x=null"));
        c.add(Case.of("pretrain: rbm hidden probabilities of the wrong width", IAE,
                () -> Rbm.hidden(2).epochs(1).train(m(new double[][] {{0, 1}, {1, 0}}))
                        .hiddenProbabilities(m(new double[][] {{0, 1, 0}})), "2 visible", "1x3"));
        c.add(Case.of("pretrain: rbm copied into a net of the wrong shape", IAE,
                () -> Rbm.hidden(2).epochs(1).train(m(new double[][] {{0, 1}, {1, 0}})).copyInto(small(), 0), "2 → 3",
                "2 → 2"));
        c.add(Case.of("pretrain: rbm on NaN data", IAE,
                () -> Rbm.hidden(2).train(m(new double[][] {{0, 1}, {Double.NaN, 0}})), "row 1, column 0", "NaN"));
        c.add(Case.of("pretrain: rbm stack codes of the wrong width", IAE,
                () -> Rbm.stack(2, 1).epochs(1).train(m(new double[][] {{0, 1, 1}, {1, 0, 0}})).codes(m(new double[][] {{1}})),
                "3 visible", "1x1"));
        c.add(Case.of("pretrain: rbm stack copied into a null net", IAE,
                () -> Rbm.stack(2).epochs(1).train(m(new double[][] {{0, 1}, {1, 0}})).copyInto(null), "net=null"));
        c.add(Case.of("pretrain: rbm visible probabilities of the wrong width", IAE,
                () -> Rbm.hidden(2).epochs(1).train(m(new double[][] {{0, 1}, {1, 0}})).visibleProbabilities(
                        m(new double[][] {{1, 0, 1}})), "2 hidden", "1x3"));
        c.add(Case.of("pretrain: autoencoder encodes rows of the wrong width", IAE,
                () -> StackedAutoencoder.widths(1).epochs(1).train(m(new double[][] {{0, 1}, {1, 0}}))
                        .encode(m(new double[][] {{1, 2, 3}})), "2 columns", "1x3"));
        c.add(Case.of("pretrain: autoencoder codes of encoder 5", IAE,
                () -> StackedAutoencoder.widths(1).epochs(1).train(m(new double[][] {{0, 1}, {1, 0}})).codes(5), "k=5"));
        c.add(Case.of("pretrain: copyDense from a negative layer", IAE,
                () -> Transfer.copyDense(small(), -1, small(), 0, 1), "from=-1"));
        c.add(Case.of("pretrain: unfreeze null", IAE, () -> Transfer.unfreeze(null), "net=null"));
        c.add(Case.of("pretrain: rbm stack with no widths", IAE, () -> Rbm.stack(), "e.g."));
        c.add(Case.of("pretrain: autoencoder width 0", IAE, () -> StackedAutoencoder.widths(4, 0), "width=0"));
        c.add(Case.of("pretrain: autoencoder on 0 rows", IAE,
                () -> StackedAutoencoder.widths(2).epochs(1).train(new DMatrixRMaj(0, 3)), "0x3"));
        c.add(Case.of("pretrain: autoencoder on NaN data", IAE,
                () -> StackedAutoencoder.widths(1).epochs(1).train(m(new double[][] {{0, 1}, {Double.NaN, 0}})),
                "row 1", "NaN"));
        c.add(Case.of("pretrain: autoencoder optimizer null", IAE, () -> StackedAutoencoder.widths(2).optimizer(null),
                "optimizer=null"));
        c.add(Case.of("pretrain: autoencoder baseline of 0 rows", IAE,
                () -> StackedAutoencoder.baselineMse(new DMatrixRMaj(0, 2)), "0x2"));
        c.add(Case.of("pretrain: greedy growth validation of another width", IAE,
                () -> GreedyGrowth.of(xor(), wide()), "2 features", "3 features"));
        c.add(Case.of("pretrain: greedy growth null training data", IAE, () -> GreedyGrowth.of(null, xor()),
                "train=null"));
        c.add(Case.of("pretrain: greedy growth depth 0", IAE, () -> GreedyGrowth.of(xor(), xor()).grow(0), "depth=0"));
        c.add(Case.of("pretrain: greedy growth null activation", IAE, () -> GreedyGrowth.of(xor(), xor()).hidden(4, null),
                "activation=null"));
    }

    private static void diagnose(List<Case> c) {
        Loss bce = Loss.binaryCrossEntropy();
        DMatrixRMaj x = m(new double[][] {{0, 1}, {1, 0}});
        DMatrixRMaj y = m(new double[][] {{1}, {0}});
        c.add(Case.of("diagnose: gradient check with x of the wrong width", IAE,
                () -> GradientCheck.run(small(), bce, m(new double[][] {{0, 1, 2}}), m(new double[][] {{1}})), "1x3",
                "2 input columns"));
        c.add(Case.of("diagnose: gradient check with y of the wrong shape", IAE,
                () -> GradientCheck.run(small(), bce, x, m(new double[][] {{1, 0}, {0, 1}})), "y 2x2", "1 targets"));
        c.add(Case.of("diagnose: gradient check with a null loss", IAE, () -> GradientCheck.run(small(), null, x, y),
                "loss=null"));
        c.add(Case.of("diagnose: gradient check step Infinity", IAE,
                () -> GradientCheck.run(small(), bce, x, y, Double.POSITIVE_INFINITY, 1e-7), "step=Infinity"));
        c.add(Case.of("diagnose: gradient check tolerance negative", IAE,
                () -> GradientCheck.run(small(), bce, x, y, 1e-5, -1), "tolerance=-1.0"));
        c.add(Case.of("diagnose: gradient check of a net with no parameters", IAE,
                () -> GradientCheck.run(Net.input(2).activation(Activation.tanh()).build(), Loss.mse(), x, x),
                "no parameters", "tanh"));
        c.add(Case.of("diagnose: gradient check with 0 rows", IAE,
                () -> GradientCheck.run(small(), bce, new DMatrixRMaj(0, 2), new DMatrixRMaj(0, 1)), "0x2"));
        c.add(Case.of("diagnose: activations of the wrong width", IAE,
                () -> Activations.of(small(), m(new double[][] {{1, 2, 3}})), "1x3"));
        c.add(Case.of("diagnose: activations layer name unknown", IAE,
                () -> Activations.of(small(), x).indexOf("relu9"), "'relu9'", "tanh"));
        c.add(Case.of("diagnose: activations layer number out of range", IAE,
                () -> Activations.of(small(), x).mean(7), "layer=7"));
        c.add(Case.of("diagnose: backprop tracer with too few inputs", IAE,
                () -> BackpropTracer.trace(Net.input(2).dense(2, Activation.sigmoid()).dense(1, Activation.sigmoid())
                        .seed(1).build(), new double[] {1}, new double[] {1}, 0.5), "Received: 1"));
        c.add(Case.of("diagnose: backprop tracer learning rate NaN", IAE,
                () -> BackpropTracer.trace(Net.input(2).dense(2, Activation.sigmoid()).dense(1, Activation.sigmoid())
                        .seed(1).build(), new double[] {1, 0}, new double[] {1}, Double.NaN), "learningRate=NaN"));
        c.add(Case.of("diagnose: unit health on data of another width", IAE, () -> UnitHealth.check(small(), wide()),
                "3 features", "2 inputs"));
        c.add(Case.of("diagnose: layer values of gradients without data", IAE,
                () -> LayerValues.GRADIENTS.of(small(), null), "data"));
        c.add(Case.of("diagnose: gradient check null net", IAE, () -> GradientCheck.run(null, bce, x, y), "net=null"));
        c.add(Case.of("diagnose: activations of a null net", IAE, () -> Activations.of(null, x), "net=null"));
        c.add(Case.of("diagnose: activations of a net without activation layers", IAE,
                () -> Activations.of(Net.input(2).dense(1).build(), x), "no activation layer", "e.g."));
        c.add(Case.of("diagnose: identical units of a null net", IAE, () -> UnitHealth.identicalUnits(null), "net=null"));
        c.add(Case.of("diagnose: layer values of data of another width", IAE,
                () -> LayerValues.ACTIVATIONS.of(small(), wide()), "3 features", "2 inputs"));
        c.add(Case.of("diagnose: backprop tracer on the wrong architecture", IAE,
                () -> BackpropTracer.trace(small(), new double[] {1, 0}, new double[] {1}, 0.5), "dense → sigmoid",
                "Received layers"));
        c.add(Case.of("diagnose: backprop tracer target above 1", IAE,
                () -> BackpropTracer.trace(Net.input(2).dense(2, Activation.sigmoid()).dense(1, Activation.sigmoid())
                        .seed(1).build(), new double[] {1, 0}, new double[] {2}, 0.5), "t[0] = 2.0", "[0, 1]"));
        c.add(Case.of("diagnose: backprop tracer NaN input", IAE,
                () -> BackpropTracer.trace(Net.input(2).dense(2, Activation.sigmoid()).dense(1, Activation.sigmoid())
                        .seed(1).build(), new double[] {Double.NaN, 0}, new double[] {1}, 0.5), "x[0] = NaN"));
        c.add(Case.of("diagnose: layer statistics per layer of null", IAE, () -> LayerStatistics.every(1).perLayer(null),
                "q=null"));
        c.add(Case.of("diagnose: layer statistics every 0 batches", IAE, () -> LayerStatistics.every(0), "batches=0"));
        c.add(Case.of("diagnose: layer statistics unknown layer", IAE,
                () -> LayerStatistics.every(1).series("dense9", LayerStatistics.Quantity.values()[0]), "'dense9'"));
    }

    private static void plot(List<Case> c) {
        History empty = new History(List.of(), true, false);
        c.add(Case.of("plot: history of 0 epochs", IAE, () -> Plot.history(empty), "no completed epoch"));
        c.add(Case.of("plot: history unknown column", IAE, () -> Plot.history(oneEpoch(), "acuracy"), "'acuracy'",
                "accuracy"));
        c.add(Case.of("plot: history null", IAE, () -> Plot.history(null), "history=null"));
        c.add(Case.of("plot: compare an empty series", IAE, () -> Plot.compare(Series.empty(), "loss"), "empty", "e.g."));
        c.add(Case.of("plot: lines with x and y of different lengths", IAE,
                () -> Plot.lines("t", "x", "y", new double[] {1, 2, 3}, Series.of("a", new double[] {1, 2})), "'a'",
                "2", "3"));
        c.add(Case.of("plot: lines against null x", IAE,
                () -> Plot.lines("t", "x", "y", null, Series.of("a", new double[] {1})), "x=null"));
        c.add(Case.of("plot: functions from NaN", IAE,
                () -> Plot.functions("t", "x", "y", Double.NaN, 1, Series.of("f", q -> q)), "from=NaN"));
        c.add(Case.of("plot: layer statistics never recorded", IAE,
                () -> Plot.layerStatistics(LayerStatistics.every(1), LayerStatistics.Quantity.values()[0]), "recorded"));
        c.add(Case.of("plot: gradient norms of an unrecorded run", IAE,
                () -> Plot.gradientNorms(Series.of("a", LayerStatistics.every(1))), "'a'"));
        c.add(Case.of("plot: network null", IAE, () -> Plot.network(null), "net=null"));
        c.add(Case.of("plot: activation null", IAE, () -> Plot.activation(null, -1, 1), "activation=null"));
        c.add(Case.of("plot: fit of two features", IAE, () -> Plot.fit(small(), xor()), "2 features"));
        c.add(Case.of("plot: learning curve null", IAE, () -> Plot.learningCurve(null, "t"), "curve=null"));
        c.add(Case.of("plot: band of ragged runs", IAE,
                () -> Plot.band("t", "x", "y", new double[] {1, 2}, Series.of("a", new double[][] {{1, 2}, {1}})),
                "'a'", "Run 1"));
        c.add(Case.of("plot: histograms of null values", IAE, () -> Plot.histograms(small(), xor(), null), "what=null"));
        c.add(Case.of("plot: misclassified by a net of another width", IAE,
                () -> Plot.misclassified(small(), new Dataset(m(new double[][] {{0, 0, 0, 1}}), m(new double[][] {{1}})), 1),
                "2 input"));
        c.add(Case.of("plot: roc of a net of another width", IAE, () -> Plot.roc(small(), wide()), "2 input"));
        c.add(Case.of("plot: decision boundary null data", IAE, () -> Plot.decisionBoundary(small(), null), "data=null"));
        c.add(Case.of("plot: table of a null history", IAE, () -> nnlab.plot.Tables.of((History) null), "history=null"));
        c.add(Case.of("plot: threshold table with a NaN threshold", IAE,
                () -> nnlab.plot.Tables.thresholds(new double[] {0.2, 0.8}, new int[] {0, 1}, 0.5, Double.NaN),
                "threshold=NaN"));
        c.add(Case.of("plot: images of a null data set", IAE, () -> Plot.images(null, 3), "data=null"));
        c.add(Case.of("plot: lines of an empty series", IAE,
                () -> Plot.lines("t", "x", "y", new double[] {1}, Series.empty()), "empty"));
        c.add(Case.of("plot: functions over an inverted interval", IAE,
                () -> Plot.functions("t", "x", "y", 1, -1, Series.of("f", q -> q)), "1.0", "-1.0"));
        c.add(Case.of("plot: series with a null value", IAE, () -> Series.of("a", null), "a=null"));
        c.add(Case.of("plot: series with a repeated name", IAE, () -> Series.of("a", 1, "a", 2), "'a'"));
        c.add(Case.of("plot: series entry unknown", IAE, () -> Series.of("a", 1).get("b"), "'b'", "[a]"));
        c.add(Case.of("plot: schedules over 0 epochs", IAE,
                () -> Plot.schedules(Series.of("c", Schedule.constant(0.1)), 0), "epochs=0"));
        c.add(Case.of("plot: roc with thresholds NaN", IAE,
                () -> Plot.roc(new double[] {0.1, 0.9}, new int[] {0, 1}, Double.NaN), "NaN"));
        c.add(Case.of("plot: confusion matrix not square", IAE,
                () -> Plot.confusionMatrix(new int[][] {{1, 2}, {3}}), "row 1"));
        c.add(Case.of("plot: confusion matrix negative count", IAE,
                () -> Plot.confusionMatrix(new int[][] {{1, -2}, {3, 4}}), "-2"));
        c.add(Case.of("plot: images of 0 examples", IAE, () -> Plot.images(new Dataset(m(new double[][] {{0, 0, 0, 1}}), m(new double[][] {{1}})), 0),
                "n=0"));
        c.add(Case.of("plot: histograms of an empty array", IAE,
                () -> Plot.histograms(Series.of("w", new double[0]), "weight"), "'w'"));
        c.add(Case.of("plot: decision boundary of a net of another width", IAE,
                () -> Plot.decisionBoundary(small(), wide()), "3"));
        c.add(Case.of("plot: history with a log scale and null column", IAE,
                () -> Plot.history(oneEpoch(), null, Scale.LOG), "'null'", "loss"));
        c.add(Case.of("plot: schedules of a reduce-on-plateau", IAE,
                () -> Plot.schedules(Series.of("plateau", Schedule.reduceOnPlateau(0.1, 0.5, 2)), 10), "'plateau'",
                "values(history.validationLoss())"));
        c.add(Case.of("plot: schedules of a null series", IAE, () -> Plot.schedules(null, 10), "series=null"));
        c.add(Case.of("plot: loss surface with an empty path", IAE,
                () -> Plot.lossSurface(Surface.bowl(), Series.of("sgd", List.<nnlab.optim.PathPoint>of())), "'sgd'",
                "0 points"));
        c.add(Case.of("plot: loss surface null", IAE, () -> Plot.lossSurface(null, Series.empty()), "surface=null"));
        c.add(Case.of("plot: series over null keys", IAE, () -> Series.<String, Integer>over(null, k -> k, k -> 1), "keys=null"));
        c.add(Case.of("plot: series from a null map", IAE, () -> Series.copyOf(null), "map=null"));
        c.add(Case.of("plot: band of an empty series", IAE, () -> Plot.band(Series.empty(), "loss"), "empty", "e.g."));
        c.add(Case.of("plot: precision-recall threshold NaN", IAE,
                () -> Plot.precisionRecall(new double[] {0.1, 0.9}, new int[] {0, 1}, Double.NaN), "threshold=NaN"));
        c.add(Case.of("plot: confusion matrix null", IAE, () -> Plot.confusionMatrix((int[][]) null), "counts=null"));
        c.add(Case.of("notebook: figure to json null", IAE, () -> nnlab.notebook.PlotlyJson.of(null), "figure=null"));
        c.add(Case.of("notebook: connect null display", IAE, () -> nnlab.notebook.Notebook.connect(null, (i, v) -> { }),
                "display=null"));
        c.add(Case.of("notebook: connect a cell output without the cell function", IAE,
                () -> nnlab.notebook.Notebook.connect(null, new nnlab.notebook.Notebook.CellOutput() {
                    public String display(Object cell, Object value) {
                        return "id";
                    }

                    public void update(Object cell, String id, Object value) { }
                }), "cell=null", "connect(display, updateDisplay)"));
        c.add(Case.of("notebook: connect a cell function without its output", IAE,
                () -> nnlab.notebook.Notebook.connect(() -> "cell", null), "output=null"));
        c.add(Case.of("notebook: mime of an unknown value", IAE, () -> nnlab.notebook.Mime.of("text"), "java.lang.String"));
        c.add(Case.of("plot: history empty column name", IAE, () -> Plot.history(oneEpoch(), ""), "''", "val_loss"));
        c.add(Case.of("plot: compare a run of 0 epochs", IAE,
                () -> Plot.compare(Series.of("a", oneEpoch(), "b", new History(List.of(), false, false)), "loss"),
                "no completed epoch"));
        c.add(Case.of("plot: compare an unknown column", IAE, () -> Plot.compare(Series.of("a", oneEpoch()), "val_acc"),
                "'val_acc'"));
    }
}
