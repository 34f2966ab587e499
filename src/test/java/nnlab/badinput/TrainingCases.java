package nnlab.badinput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.loss.Loss;
import nnlab.metrics.Metric;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.optim.schedule.Schedule;
import nnlab.train.BestCheckpoint;
import nnlab.train.Callback;
import nnlab.train.CrossValidation;
import nnlab.train.EarlyStopping;
import nnlab.train.EpochLog;
import nnlab.train.Evaluation;
import nnlab.train.History;
import nnlab.train.LearningCurve;
import nnlab.train.Net;
import nnlab.train.NonFiniteLossException;
import org.ejml.data.DMatrixRMaj;

/** Bad inputs to targets, losses, training runs, callbacks (nnlab.loss, nnlab.train). */
final class TrainingCases {

    private TrainingCases() {}

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<IllegalStateException> ISE = IllegalStateException.class;

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        targets(cases);
        outputs(cases);
        weights(cases);
        lossCalls(cases);
        runSettings(cases);
        callbacks(cases);
        histories(cases);
        modelSelection(cases);
        divergence(cases);
        return cases;
    }

    // ---- data and nets the cases share (each call builds fresh ones: cases must not share state)

    /** 40 rows of 2 features, 3 one-hot classes; row {@code bad} gets {@code badRow} as its target. */
    private static Dataset threeClasses(int bad, double... badRow) {
        double[][] x = new double[40][2];
        double[][] y = new double[40][3];
        for (int i = 0; i < 40; i++) {
            x[i][0] = i / 40.0;
            x[i][1] = (i % 7) / 7.0;
            y[i][i % 3] = 1;
        }
        if (bad >= 0) {
            y[bad] = badRow;
        }
        return Dataset.of(x, y);
    }

    /** 40 rows of 2 features, one 0/1 target column; row {@code bad} gets {@code value}. */
    private static Dataset binary(int bad, double value) {
        double[][] x = new double[40][2];
        double[][] y = new double[40][1];
        for (int i = 0; i < 40; i++) {
            x[i][0] = i / 40.0;
            x[i][1] = (i % 5) / 5.0;
            y[i][0] = i % 2;
        }
        if (bad >= 0) {
            y[bad][0] = value;
        }
        return Dataset.of(x, y);
    }

    private static Net softmaxNet() {
        return Net.input(2).dense(4, Activation.relu()).dense(3, Activation.softmax()).seed(1).build();
    }

    private static Net sigmoidNet() {
        return Net.input(2).dense(4, Activation.relu()).dense(1, Activation.sigmoid()).seed(1).build();
    }

    private static Net linearNet() {
        return Net.input(2).dense(4, Activation.relu()).dense(1).seed(1).build();
    }

    private static Dataset moons() {
        return Synthetic.moons(40, 0.1, 1);
    }

    private static DMatrixRMaj col(double... v) {
        return new DMatrixRMaj(v.length, 1, true, v);
    }

    private static DMatrixRMaj rows(double[][] v) {
        return new DMatrixRMaj(v);
    }

    // ---- targets, checked on the whole set at the start of a run

    private static void targets(List<Case> cases) {
        cases.add(Case.of("targets: cce all-zero row is named by its row of the training set", IAE,
                () -> softmaxNet().train(threeClasses(17, 0, 0, 0)).run(),
                "row 17 of the training set", "sums to 0", "[0.0, 0.0, 0.0]", "e.g."));
        cases.add(Case.of("targets: cce row {1, 1, 0} sums to 2", IAE,
                () -> softmaxNet().train(threeClasses(5, 1, 1, 0)).run(), "row 5 of the training set", "sums to 2"));
        cases.add(Case.of("targets: cce row {0.2, 0.2, 0.2} sums to 0.6", IAE,
                () -> softmaxNet().train(threeClasses(8, 0.2, 0.2, 0.2)).run(), "row 8", "sums to 0.6"));
        cases.add(Case.of("targets: cce negative entry", IAE,
                () -> softmaxNet().train(threeClasses(3, -0.5, 1.5, 0)).run(), "-0.5", "row 3, column 0 of the training set"));
        cases.add(Case.of("targets: cce one target column", IAE,
                () -> Net.input(2).dense(1, Activation.softmax()).build().train(binary(-1, 0)).run(),
                "1 column", "binaryCrossEntropy"));
        cases.add(Case.of("targets: cce bad row of a shuffled mini-batch run is its row of the data set", IAE,
                () -> softmaxNet().train(threeClasses(37, 0, 0, 0)).batchSize(4).shuffle(true).run(),
                "row 37 of the training set"));
        cases.add(Case.of("targets: bad row of the data set is named before the validation split", IAE,
                () -> softmaxNet().train(threeClasses(29, 0, 0, 0)).validationSplit(0.25).run(),
                "row 29 of the training set"));
        cases.add(Case.of("targets: cce bad row of the validation set", IAE,
                () -> softmaxNet().train(threeClasses(-1)).validation(threeClasses(2, 0, 0.5, 0)).run(),
                "row 2 of the validation set", "sums to 0.5"));
        cases.add(Case.of("targets: bce target 2", IAE, () -> sigmoidNet().train(binary(4, 2)).run(),
                "Received: 2.0", "row 4, column 0 of the training set", "e.g."));
        cases.add(Case.of("targets: bce target -1 in the validation set", IAE,
                () -> sigmoidNet().train(binary(-1, 0)).validation(binary(9, -1)).run(),
                "-1.0", "row 9, column 0 of the validation set"));
        cases.add(Case.of("targets: mse targets of 1e200 cannot give a finite loss", IAE,
                () -> linearNet().train(binary(6, 1e200)).loss(Loss.mse()).run(),
                "1.0E200", "row 6, column 0 of the training set", "Scale the targets"));
        cases.add(Case.of("targets: huber with class weights, targets of 1e308 in two columns", IAE,
                () -> Net.input(2).dense(2).build().train(Dataset.of(new double[][] {{0, 1}, {1, 0}},
                        new double[][] {{1e308, 1e308}, {0, 0}})).loss(Loss.huber(1e308)).run(),
                "row 0", "Infinity"));
        cases.add(Case.of("targets: evaluate names the bad row of the data set", IAE,
                () -> sigmoidNet().evaluate(binary(12, 3)), "3.0", "row 12, column 0 of the data set"));
    }

    // ---- the loss against the net's output layer

    private static void outputs(List<Case> cases) {
        cases.add(Case.of("loss: bce on a linear output", IAE,
                () -> linearNet().train(binary(-1, 0)).loss(Loss.binaryCrossEntropy()).run(),
                "sigmoid", "output layer 'dense2'", "e.g."));
        cases.add(Case.of("loss: bce on a tanh output", IAE,
                () -> Net.input(2).dense(1, Activation.tanh()).build().train(binary(-1, 0))
                        .loss(Loss.binaryCrossEntropy()).run(), "sigmoid", "(Tanh)"));
        cases.add(Case.of("loss: cce on a sigmoid output", IAE,
                () -> Net.input(2).dense(3, Activation.sigmoid()).build().train(threeClasses(-1))
                        .loss(Loss.categoricalCrossEntropy()).run(), "softmax", "(Sigmoid)"));
        cases.add(Case.of("loss: cce on a linear output", IAE,
                () -> Net.input(2).dense(3).build().train(threeClasses(-1)).loss(Loss.categoricalCrossEntropy()).run(),
                "softmax", "output layer"));
        cases.add(Case.of("loss: evaluate bce on a linear output", IAE,
                () -> linearNet().evaluate(binary(-1, 0), Loss.binaryCrossEntropy()), "sigmoid", "'dense2'"));
    }

    // ---- class weights and sample weights

    private static void weights(List<Case> cases) {
        cases.add(Case.of("weights: withClassWeights(null)", IAE,
                () -> Loss.binaryCrossEntropy().withClassWeights((double[]) null), "weights=null", "e.g."));
        cases.add(Case.of("weights: class weights all zero", IAE,
                () -> Loss.categoricalCrossEntropy().withClassWeights(0, 0, 0), "positive", "[0.0, 0.0, 0.0]"));
        cases.add(Case.of("weights: class weight negative", IAE,
                () -> Loss.mse().withClassWeights(1, -1), "class 1 = -1.0"));
        cases.add(Case.of("weights: class weight NaN", IAE,
                () -> Loss.mae().withClassWeights(Double.NaN, 1), "class 0 = NaN"));
        cases.add(Case.of("weights: class weight infinite", IAE,
                () -> Loss.huber().withClassWeights(1, Double.POSITIVE_INFINITY), "class 1 = Infinity"));
        cases.add(Case.of("weights: no class weights", IAE,
                () -> Loss.binaryCrossEntropy().withClassWeights(), "weights=[]"));
        cases.add(Case.of("weights: class weights for 2 classes, targets of 3", IAE,
                () -> softmaxNet().train(threeClasses(-1)).loss(Loss.categoricalCrossEntropy().withClassWeights(1, 2))
                        .run(), "3 classes", "2 class weights"));
        cases.add(Case.of("weights: class weights give every row of the training set weight 0", IAE,
                () -> sigmoidNet().train(binary(-1, 0)).loss(Loss.binaryCrossEntropy().withClassWeights(0, 1))
                        .sampleWeights(evenOnly()).run(), "weight 0", "training set"));
        cases.add(Case.of("weights: Loss.forward negative sample weight", IAE,
                () -> Loss.mse().forward(col(1, 2), col(0, 0), col(1, -1)), "-1.0", "row 1 of the sample weights"));
        cases.add(Case.of("weights: Loss.forward NaN sample weight", IAE,
                () -> Loss.binaryCrossEntropy().forward(col(0.5), col(1), col(Double.NaN)), "NaN", "row 0"));
        cases.add(Case.of("weights: Loss.forward sample weight count", IAE,
                () -> Loss.mse().forward(col(1, 2), col(0, 0), col(1, 1, 1)), "2 rows", "3 weights"));
        cases.add(Case.of("weights: sampleWeights all zero", IAE,
                () -> sigmoidNet().train(binary(-1, 0)).sampleWeights(new double[40]), "positive sum", "40 weights are 0"));
        cases.add(Case.of("weights: sampleWeights negative", IAE,
                () -> sigmoidNet().train(binary(-1, 0)).sampleWeights(withEntry(2, -3)), "-3.0", "row 2 of the training set"));
        cases.add(Case.of("weights: sampleWeights infinite", IAE,
                () -> sigmoidNet().train(binary(-1, 0)).sampleWeights(withEntry(7, Double.POSITIVE_INFINITY)),
                "Infinity", "row 7"));
        cases.add(Case.of("weights: sampleWeights count", IAE,
                () -> sigmoidNet().train(binary(-1, 0)).sampleWeights(1, 2, 3, 4, 5), "40 examples", "5 weights"));
        cases.add(Case.of("weights: sampleWeights null", IAE,
                () -> sigmoidNet().train(binary(-1, 0)).sampleWeights((double[]) null), "sampleWeights=null"));
        cases.add(Case.of("weights: sampleWeights with validationSplit", IAE,
                () -> sigmoidNet().train(binary(-1, 0)).sampleWeights(withEntry(0, 1)).validationSplit(0.2).run(),
                "validationSplit=0.2", "validation(...)"));
    }

    /** 40 weights of 1 with entry {@code i} set to {@code v}. */
    private static double[] withEntry(int i, double v) {
        double[] w = new double[40];
        java.util.Arrays.fill(w, 1);
        w[i] = v;
        return w;
    }

    /** Weight 1 on the even rows (class 0 in {@link #binary}), 0 on the odd ones. */
    private static double[] evenOnly() {
        double[] w = new double[40];
        for (int i = 0; i < 40; i += 2) {
            w[i] = 1;
        }
        return w;
    }

    // ---- direct loss calls

    private static void lossCalls(List<Case> cases) {
        cases.add(Case.of("loss: forward with mismatched shapes", IAE,
                () -> Loss.mse().forward(col(1, 2), col(1)), "predictions 2x1", "targets 1x1"));
        cases.add(Case.of("loss: forward with a null target", IAE,
                () -> Loss.mae().forward(col(1), null), "target=null"));
        cases.add(Case.of("loss: forward on 0 rows", IAE,
                () -> Loss.mse().forward(new DMatrixRMaj(0, 1), new DMatrixRMaj(0, 1)), "empty batch", "0x1"));
        cases.add(Case.of("loss: forward cce all-zero target row", IAE,
                () -> Loss.categoricalCrossEntropy().forward(rows(new double[][] {{0.5, 0.5}, {0.5, 0.5}}),
                        rows(new double[][] {{1, 0}, {0, 0}})), "row 1 of the targets", "sums to 0"));
        cases.add(Case.of("loss: forward bce target NaN", IAE,
                () -> Loss.binaryCrossEntropy().forward(col(0.5), col(Double.NaN)), "NaN", "row 0, column 0 of the targets"));
        cases.add(Case.of("loss: forward mse target Infinity", IAE,
                () -> Loss.mse().forward(col(0.5), col(Double.POSITIVE_INFINITY)), "Infinity", "row 0"));
        cases.add(Case.of("loss: huber delta 0", IAE, () -> Loss.huber(0), "delta=0.0", "e.g."));
        cases.add(Case.of("loss: huber delta NaN", IAE, () -> Loss.huber(Double.NaN), "delta=NaN"));
        cases.add(Case.of("loss: huber delta Infinity", IAE, () -> Loss.huber(Double.POSITIVE_INFINITY), "delta=Infinity"));
        cases.add(Case.of("loss: checkFits on no targets", IAE,
                () -> Loss.mse().checkFits(null, null, null, "training set"), "targets=null"));
    }

    // ---- settings of a run

    private static void runSettings(List<Case> cases) {
        cases.add(Case.of("run: epochs 0", IAE, () -> sigmoidNet().train(moons()).epochs(0), "epochs=0"));
        cases.add(Case.of("run: batch size -1", IAE, () -> sigmoidNet().train(moons()).batchSize(-1), "batchSize=-1"));
        cases.add(Case.of("run: validation split 1.5", IAE,
                () -> sigmoidNet().train(moons()).validationSplit(1.5), "fraction=1.5", "e.g."));
        cases.add(Case.of("run: validation split NaN", IAE,
                () -> sigmoidNet().train(moons()).validationSplit(Double.NaN), "fraction=NaN"));
        cases.add(Case.of("run: validation split that leaves a part empty", IAE,
                () -> sigmoidNet().train(Synthetic.moons(3, 0.1, 1)).validationSplit(0.1).run(), "3 examples"));
        cases.add(Case.of("run: loss null", IAE, () -> sigmoidNet().train(moons()).loss(null), "loss=null", "e.g."));
        cases.add(Case.of("run: optimizer null", IAE, () -> sigmoidNet().train(moons()).optimizer(null), "optimizer=null"));
        cases.add(Case.of("run: validation null", IAE, () -> sigmoidNet().train(moons()).validation(null), "validation=null"));
        cases.add(Case.of("run: a null callback", IAE,
                () -> sigmoidNet().train(moons()).callbacks(Callback.terminateOnNaN(), null), "argument 1", "=null"));
        cases.add(Case.of("run: a null regularizer", IAE,
                () -> sigmoidNet().train(moons()).regularizer((nnlab.regularize.Regularizer) null), "argument 0"));
        cases.add(Case.of("run: metrics null", IAE,
                () -> sigmoidNet().train(moons()).metrics((Metric[]) null), "metrics=null"));
        cases.add(Case.of("run: a null metric", IAE,
                () -> sigmoidNet().train(moons()).metrics(Metric.accuracy(), null), "argument 1"));
        cases.add(Case.of("run: train(null)", IAE, () -> sigmoidNet().train(null), "data=null", "net.train("));
        cases.add(Case.of("run: data with the wrong number of features", IAE,
                () -> Net.input(3).dense(1).build().train(moons()), "3 inputs", "Received: 2 features"));
        cases.add(Case.of("run: data with the wrong number of target columns", IAE,
                () -> softmaxNet().train(moons()), "outputs 3", "Received: 1 target columns"));
        cases.add(Case.of("run: validation set with the wrong number of features", IAE,
                () -> sigmoidNet().train(moons()).validation(Synthetic.regression(10, x -> x, 0, 1, 0, 1)),
                "validation data has 1 features"));
        cases.add(Case.of("run: a net whose weights diverged in an earlier run", ISE, () -> {
            Net net = sigmoidNet();
            net.dense(0).weights().value().set(1, 2, Double.NaN);
            net.train(moons()).run();
        }, "dense1.W", "NaN", "row 1, column 2", "Build the net again"));
        cases.add(Case.of("run: evaluate with null data", IAE,
                () -> sigmoidNet().evaluate(null, Loss.binaryCrossEntropy()), "data=null", "net.evaluate("));
        cases.add(Case.of("run: evaluate with a null loss", IAE,
                () -> sigmoidNet().evaluate(moons(), null), "loss=null"));
        cases.add(Case.of("run: evaluate on data of the wrong width", IAE,
                () -> sigmoidNet().evaluate(Synthetic.regression(10, x -> x, 0, 1, 0, 1)), "Received: 1 features"));
    }

    // ---- callbacks

    private static void callbacks(List<Case> cases) {
        cases.add(Case.of("callbacks: early stopping patience -1", IAE, () -> Callback.earlyStopping(-1), "patience=-1", "e.g."));
        cases.add(Case.of("callbacks: early stopping minDelta NaN", IAE,
                () -> Callback.earlyStopping(3).minDelta(Double.NaN), "minDelta=NaN"));
        cases.add(Case.of("callbacks: early stopping minDelta -1", IAE,
                () -> Callback.earlyStopping(3).minDelta(-1), "minDelta=-1.0"));
        cases.add(Case.of("callbacks: early stopping monitor null", IAE,
                () -> Callback.earlyStopping(3).monitor(null), "monitor=null"));
        cases.add(Case.of("callbacks: early stopping monitor blank", IAE,
                () -> Callback.earlyStopping(3).monitor("  "), "e.g."));
        cases.add(Case.of("callbacks: early stopping monitors a name the run does not log", IAE,
                () -> sigmoidNet().train(moons()).validationSplit(0.25).callbacks(Callback.earlyStopping(3)
                        .monitor("val_acc")).run(), "'val_acc'", "val_accuracy", "monitor=val_acc"));
        cases.add(Case.of("callbacks: early stopping on val_loss without validation data", ISE,
                () -> sigmoidNet().train(moons()).callbacks(Callback.earlyStopping(3)).run(),
                "val_loss", "validationSplit(0.2)"));
        cases.add(Case.of("callbacks: early stopping on a metric the run does not record", IAE,
                () -> linearNet().train(binary(-1, 0)).validationSplit(0.25)
                        .callbacks(Callback.earlyStopping(3).monitor("val_accuracy")).run(), "'val_accuracy'", "val_r2"));
        cases.add(Case.of("callbacks: best checkpoint monitors a misspelt name", IAE,
                () -> sigmoidNet().train(moons()).callbacks(Callback.bestCheckpoint("acuracy")).run(),
                "'acuracy'", "accuracy"));
        cases.add(Case.of("callbacks: best checkpoint monitor null", IAE, () -> Callback.bestCheckpoint(null), "monitor=null"));
        cases.add(Case.of("callbacks: best checkpoint saveTo a null file", IAE,
                () -> Callback.bestCheckpoint("loss").saveTo(null, (n, f) -> { }), "file=null"));
        cases.add(Case.of("callbacks: best checkpoint saveTo without a saver", IAE,
                () -> Callback.bestCheckpoint("loss").saveTo(Path.of("best.json"), null), "saver=null"));
        cases.add(Case.of("callbacks: best checkpoint saves into a folder that does not exist", IAE,
                () -> sigmoidNet().train(moons()).callbacks(Callback.bestCheckpoint("loss")
                        .saveTo(Path.of("no-such-folder-i10", "best.json"), (n, f) -> { })).run(),
                "no-such-folder-i10", "file=no-such-folder-i10"));
        cases.add(Case.of("callbacks: progress line to no stream", IAE,
                () -> new nnlab.train.ProgressLine(null), "out=null"));
        cases.add(Case.of("callbacks: progress line every 0 epochs", IAE,
                () -> Callback.progress().every(0), "n=0"));
        cases.add(Case.of("callbacks: progress line of 0 epochs", IAE,
                () -> Callback.progress().of(0), "epochs=0"));
        cases.add(Case.of("callbacks: best checkpoint restore before any run", ISE,
                () -> new BestCheckpoint("loss").restore(), "No checkpoint yet"));
        cases.add(Case.of("callbacks: best checkpoint minDelta Infinity", IAE,
                () -> Callback.bestCheckpoint("loss").minDelta(Double.POSITIVE_INFINITY), "minDelta=Infinity"));
        cases.add(Case.of("callbacks: schedule null", IAE, () -> Callback.schedule(null), "schedule=null", "e.g."));
        cases.add(Case.of("callbacks: reduce-on-plateau without validation data", ISE,
                () -> sigmoidNet().train(moons()).callbacks(Callback.schedule(Schedule.reduceOnPlateau(0.1, 0.5, 2))).run(),
                "val_loss", "validation"));
        cases.add(Case.of("callbacks: reduce-on-plateau behind a warm-up without validation data", ISE,
                () -> sigmoidNet().train(moons()).callbacks(Callback.schedule(Schedule.warmup(2,
                        Schedule.reduceOnPlateau(0.1, 0.5, 2)))).run(), "val_loss", "validationSplit"));
        cases.add(Case.of("callbacks: schedule monitors a misspelt name", IAE,
                () -> sigmoidNet().train(moons()).callbacks(Callback.schedule(Schedule.step(0.1, 2, 0.5)).monitor("los"))
                        .run(), "'los'", "monitor=los"));
        cases.add(Case.of("callbacks: early stopping with a custom monitor name when maximized and absent", IAE,
                () -> sigmoidNet().train(moons()).callbacks(new EarlyStopping(2).monitor("f1").maximize(true)).run(),
                "'f1'", "metrics"));
    }

    // ---- the record of a run

    private static void histories(List<Case> cases) {
        History h = new History(List.of(new EpochLog(1, 0.5, 0.6, Map.of("accuracy", 0.8), 0.1)), false, false);
        cases.add(Case.of("history: unknown column", IAE, () -> h.column("val_acc"), "'val_acc'", "val_loss"));
        cases.add(Case.of("history: unknown metric", IAE, () -> h.metric("f1"), "'f1'", "accuracy"));
        cases.add(Case.of("history: last of an interrupted empty run", ISE,
                () -> new History(List.of(), true, false).last(), "interrupted", "0 epochs", "size()"));
        cases.add(Case.of("history: null epochs", IAE, () -> new History(null, false, false), "epochs=null"));
        cases.add(Case.of("history: a null epoch log", IAE,
                () -> new History(java.util.Arrays.asList(h.last(), null), false, false), "index 1"));
        cases.add(Case.of("history: epoch log value(null)", IAE, () -> h.last().value(null), "name=null", "val_loss"));
        cases.add(Case.of("history: epoch log unknown value", IAE, () -> h.last().value("acc"), "'acc'", "accuracy"));
        cases.add(Case.of("history: epoch log with null metrics", IAE,
                () -> new EpochLog(1, 0.5, 0.6, null, 0.1), "metrics=null"));
        cases.add(Case.of("history: evaluation unknown metric", IAE,
                () -> new Evaluation("mse", 0.1, Map.of("r2", 0.9)).metric("accuracy"), "'accuracy'", "r2"));
    }

    // ---- cross-validation and learning curves

    private static void modelSelection(List<Case> cases) {
        cases.add(Case.of("cv: k = 1", IAE, () -> CrossValidation.kFold(moons(), 1, 1, f -> 0), "k=1", "e.g."));
        cases.add(Case.of("cv: k larger than the rows", IAE,
                () -> CrossValidation.kFold(Synthetic.moons(10, 0.1, 1), 11, 1, f -> 0), "k=11", "(10)"));
        cases.add(Case.of("cv: no scoring function", IAE,
                () -> CrossValidation.kFold(moons(), 5, 1, null), "scoring function=null"));
        cases.add(Case.of("cv: a fold scores Infinity", ISE,
                () -> CrossValidation.kFold(moons(), 4, 1, f -> Double.POSITIVE_INFINITY), "Fold 1 of 4", "Infinity"));
        cases.add(Case.of("cv: scores of no folds", IAE, () -> new CrossValidation.Scores(new double[0]), "values=[]"));
        cases.add(Case.of("curve: 0 repeats", IAE,
                () -> LearningCurve.of(moons(), moons(), new int[] {10}, 0, "loss", (d, r) -> sigmoidNet()), "repeats=0"));
        cases.add(Case.of("curve: a size larger than the pool", IAE,
                () -> LearningCurve.of(moons(), moons(), new int[] {10, 41}, 1, "loss", (d, r) -> sigmoidNet()),
                "size=41", "40 examples"));
        cases.add(Case.of("curve: no sizes", IAE,
                () -> LearningCurve.of(moons(), moons(), new int[0], 1, "loss", (d, r) -> sigmoidNet()), "e.g."));
        cases.add(Case.of("curve: the fit function returns null", IAE,
                () -> LearningCurve.of(moons(), moons(), new int[] {10}, 1, "loss", (d, r) -> null), "Received: null"));
        cases.add(Case.of("curve: an unknown score", IAE,
                () -> LearningCurve.of(moons(), moons(), new int[] {10}, 1, "acc", (d, r) -> sigmoidNet()),
                "score=acc", "accuracy"));
        cases.add(Case.of("curve: no fit function", IAE,
                () -> LearningCurve.of(moons(), moons(), new int[] {10}, 1, "loss", null), "fit function=null"));
    }

    // ---- a loss that is not finite

    private static void divergence(List<Case> cases) {
        cases.add(Case.of("divergence: a loss never finite from the first batch names the likely cause", NonFiniteLossException.class,
                () -> Net.input(1).dense(1).seed(1).build().train(Dataset.of(new double[][] {{1e200}, {-1e200}},
                        new double[][] {{0}, {1}})).loss(Loss.mse()).run(),
                "from the first batch", "before any weight changed", "huge values", "epoch 1, batch 1"));
        cases.add(Case.of("divergence: a diverged run names the learning rate and keeps the history", NonFiniteLossException.class,
                () -> Net.input(1).dense(16, Activation.relu()).dense(1).seed(3).build()
                        .train(Synthetic.regression(64, x -> 40 * x, -3, 3, 1.0, 8)).optimizer(Optimizer.sgd(0.05))
                        .batchSize(16).epochs(20).run(),
                "have diverged", "lower learning rate (now 0.05)", "history()"));
    }
}
