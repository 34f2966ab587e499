package nnlab.badinput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.data.FashionMnist;
import nnlab.data.Normalizer;
import nnlab.data.Standardizer;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.loss.Loss;
import nnlab.mat.Matrices;
import nnlab.mat.MatrixOps;
import nnlab.nn.Activation;
import nnlab.nn.BatchNorm;
import nnlab.nn.Dense;
import nnlab.nn.Dropout;
import nnlab.nn.Layer;
import nnlab.nn.Layers;
import nnlab.nn.Parameter;
import nnlab.nn.ReLU;
import nnlab.nn.Residual;
import nnlab.tabular.TableData;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Bad inputs to data, nets, layers, matrices (nnlab.data, nnlab.nn, nnlab.mat, nnlab.tabular, Net). */
final class StateCases {

    private StateCases() {}

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    /** Two examples of two features, 0/1 targets. */
    private static Dataset two() {
        return Dataset.of(new double[][] {{1, 2}, {3, 4}}, new double[][] {{0}, {1}});
    }

    /** 2 → 3 relu → 1 sigmoid: layers dense1, relu1, dense2, sigmoid1. */
    private static Net net() {
        return Net.input(2).dense(3, Activation.relu()).dense(1, Activation.sigmoid()).seed(1).build();
    }

    private static Table table() {
        return Table.create("houses", DoubleColumn.create("rooms", 3, 4, 5), DoubleColumn.create("price", 1, 2, 3),
                StringColumn.create("town", "a", "b", "a"));
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        data(cases);
        scaling(cases);
        matrices(cases);
        layers(cases);
        configs(cases);
        architectures(cases);
        nets(cases);
        tables(cases);
        return cases;
    }

    private static void data(List<Case> cases) {
        double[][] y2 = {{0}, {1}};
        cases.add(Case.of("data: ragged rows", IAE, () -> Dataset.of(new double[][] {{1, 2}, {3}}, y2), "row 1", "has 1 values"));
        cases.add(Case.of("data: null x array", IAE, () -> Dataset.of(null, y2), "x=null"));
        cases.add(Case.of("data: null row", IAE, () -> Dataset.of(new double[][] {{1}, null}, y2), "x row 1 = null"));
        cases.add(Case.of("data: no rows", IAE, () -> Dataset.of(new double[0][], new double[0][]), "x=[]"));
        cases.add(Case.of("data: NaN feature", IAE, () -> Dataset.of(new double[][] {{1}, {Double.NaN}}, y2),
                "NaN", "row 1", "column 0"));
        cases.add(Case.of("data: infinite target", IAE, () -> Dataset.of(new double[][] {{1}, {2}},
                new double[][] {{0}, {Double.POSITIVE_INFINITY}}), "Infinity", "row 1"));
        cases.add(Case.of("data: more target rows than examples", IAE, () -> Dataset.of(new double[][] {{1}, {2}},
                new double[][] {{0}, {1}, {1}}), "y has 3"));
        cases.add(Case.of("data: null matrix", IAE, () -> new Dataset(null, new DMatrixRMaj(2, 1)), "x=null"));
        cases.add(Case.of("data: null target matrix", IAE, () -> new Dataset(new DMatrixRMaj(2, 1), null), "y=null"));
        cases.add(Case.of("data: label outside the classes", IAE, () -> Dataset.classification(new double[][] {{1}, {2}},
                new int[] {0, 3}, 2), "Label 3 at row 1"));
        cases.add(Case.of("data: one class", IAE, () -> Dataset.classification(new double[][] {{1}}, new int[] {0}, 1),
                "classes=1"));
        cases.add(Case.of("data: fewer labels than rows", IAE, () -> Dataset.classification(new double[][] {{1}, {2}, {3}},
                new int[] {0, 1}, 2), "2 labels", "3 rows"));
        cases.add(Case.of("data: null labels", IAE, () -> Dataset.classification(new double[][] {{1}}, null, 2), "labels=null"));
        cases.add(Case.of("data: row index outside", IAE, () -> two().rows(new int[] {0, 5}), "indices[1] = 5", "[0, 2)"));
        cases.add(Case.of("data: null row indices", IAE, () -> two().rows(null), "indices=null"));
        cases.add(Case.of("data: no row indices", IAE, () -> two().rows(new int[0]), "indices=[]"));
        cases.add(Case.of("data: split fraction above 1", IAE, () -> two().split(1.5, 1), "firstFraction=1.5", "e.g. 0.8"));
        cases.add(Case.of("data: split fraction NaN", IAE, () -> two().split(Double.NaN, 1), "firstFraction=NaN"));
        cases.add(Case.of("data: split leaving one part empty", IAE, () -> two().split(0.1, 1), "leaves one part empty"));
        cases.add(Case.of("data: k-fold with k = 1", IAE, () -> two().kFold(1, 1), "k=1"));
        cases.add(Case.of("data: k-fold with more folds than rows", IAE, () -> two().kFold(3, 1), "k=3"));
        cases.add(Case.of("data: one feature name for two features", IAE, () -> two().withNames(List.of("a"), List.of()),
                "1 names", "2 features"));
        cases.add(Case.of("data: null class names", IAE, () -> two().withNames(null, null), "classNames=null", "List.of()"));
        cases.add(Case.of("data: null feature name", IAE, () -> two().withNames(Arrays.asList("a", null), List.of()),
                "feature name 1 = null"));
        cases.add(Case.of("data: three class names for two classes", IAE, () -> two().withNames(null, List.of("a", "b", "c")),
                "3 names", "2 classes"));
        cases.add(Case.of("data: class name outside the classes", IAE,
                () -> two().withNames(null, List.of("no", "yes")).className(5), "className(5)", "[no, yes]"));
        cases.add(Case.of("data: negative permutation size", IAE, () -> Dataset.permutation(-1, new Random(1)), "n=-1"));
        cases.add(Case.of("data: shuffle of null", IAE, () -> Dataset.shuffle(null, new Random(1)), "a=null"));
        cases.add(Case.of("data: keepFraction leaving no rows", IAE, () -> Dataset.of(new double[][] {{1}, {2}},
                new double[][] {{1}, {1}}).keepFraction(1, 1e-12, 1), "left no rows", "fraction=1.0E-12"));
        cases.add(Case.of("data: keepFraction of an unknown class", IAE, () -> two().keepFraction(7, 0.5, 1), "classLabel=7"));
        cases.add(Case.of("data: synthetic moons of no examples", IAE, () -> Synthetic.moons(0, 0.1, 1), "n=0"));
        cases.add(Case.of("data: sensor sample without a task", IAE, () -> Synthetic.sensor(1).sample(10, 1, null), "task=null"));
        cases.add(Case.of("data: regression without a function", IAE, () -> Synthetic.regression(10, null, 0, 1, 0.1, 1),
                "f=null"));
        cases.add(Case.of("data: regression over an empty range", IAE,
                () -> Synthetic.regression(10, Math::sin, 1, 1, 0.1, 1), "from=1.0, to=1.0"));
        cases.add(Case.of("data: negative noise", IAE, () -> Synthetic.xor(10, -0.1, 1), "-0.1"));
        cases.add(Case.of("data: Fashion-MNIST from a null folder", IAE, () -> FashionMnist.load(null), "folder=null"));
        cases.add(Case.of("data: Fashion-MNIST from a missing folder", IllegalStateException.class,
                () -> FashionMnist.load(Path.of("/no/such/folder")), "/no/such/folder", "apt-get install"));
        cases.add(Case.of("data: Fashion-MNIST subset of no images", IAE, () -> FashionMnist.train(0, 1), "n=0"));
        cases.add(Case.of("data: spirals with one arm", IAE, () -> Synthetic.spirals(10, 1, 0.1, 1), "classes=1"));
    }

    private static void scaling(List<Case> cases) {
        Dataset three = Dataset.of(new double[][] {{1, 2, 3}}, new double[][] {{0}});
        cases.add(Case.of("data: standardizer on other columns", IAE, () -> Standardizer.fit(two()).apply(three),
                "fitted on 2", "has 3"));
        cases.add(Case.of("data: standardizer of null", IAE, () -> Standardizer.fit(null), "data=null"));
        cases.add(Case.of("data: normalizer on other columns", IAE, () -> Normalizer.fit(two()).apply(three),
                "fitted on 2", "has 3"));
        cases.add(Case.of("data: normalizer on a NaN matrix", IAE,
                () -> Normalizer.fit(Matrices.of(new double[][] {{1}, {Double.NaN}})), "NaN", "row 1"));
        cases.add(Case.of("data: normalizer of a null matrix", IAE, () -> Normalizer.fit((DMatrixRMaj) null), "x=null"));
    }

    private static void matrices(List<Case> cases) {
        cases.add(Case.of("mat: ragged rows", IAE, () -> Matrices.of(new double[][] {{1, 2}, {3}}), "row 1 has 1", "2 entries"));
        cases.add(Case.of("mat: null rows", IAE, () -> Matrices.of(null), "rows=null"));
        cases.add(Case.of("mat: null row", IAE, () -> Matrices.of(new double[][] {{1}, null}), "row 1 = null"));
        cases.add(Case.of("mat: no rows", IAE, () -> Matrices.of(new double[0][]), "0 rows"));
        cases.add(Case.of("mat: gaussian of no rows", IAE, () -> Matrices.gaussian(0, 3, 1), "rows=0"));
        cases.add(Case.of("mat: gaussian beyond an array", IAE, () -> Matrices.gaussian(100_000, 100_000, 1),
                "10000000000", "rows=100000"));
        cases.add(Case.of("mat: one-hot beyond an array", IAE, () -> MatrixOps.oneHot(new int[3], Integer.MAX_VALUE),
                "oneHot", "cols=2147483647"));
        cases.add(Case.of("mat: column of null", IAE, () -> Matrices.column((double[]) null), "values=null"));
        cases.add(Case.of("mat: one-hot label outside", IAE, () -> MatrixOps.oneHot(new int[] {5}, 3), "Label 5 at row 0"));
        cases.add(Case.of("mat: one-hot of null labels", IAE, () -> MatrixOps.oneHot(null, 3), "labels=null"));
        cases.add(Case.of("mat: one-hot of no classes", IAE, () -> MatrixOps.oneHot(new int[] {0}, 0), "classes=0"));
        cases.add(Case.of("mat: class of a row outside", IAE, () -> MatrixOps.classOf(new DMatrixRMaj(3, 2), 3), "row=3"));
        cases.add(Case.of("mat: row broadcast of the wrong width", IAE,
                () -> MatrixOps.addRow(new DMatrixRMaj(2, 2), new DMatrixRMaj(1, 3)), "3 entries", "2 columns"));
    }

    private static void layers(List<Case> cases) {
        cases.add(Case.of("nn: dense of no units", IAE, () -> new Dense("dense1", 2, 0), "dense1", "outputs=0"));
        cases.add(Case.of("nn: dense beyond an array", IAE, () -> new Dense("big", 100_000, 100_000), "big",
                "10000000000", "2147483639"));
        cases.add(Case.of("nn: blank layer name", IAE, () -> new ReLU(" ", 2), "name= "));
        cases.add(Case.of("nn: dropout keeps nothing", IAE, () -> new Dropout("dropout1", 2, 1.0, 0), "p=1.0", "DROPPING"));
        cases.add(Case.of("nn: batch-norm momentum 1", IAE, () -> new BatchNorm("bn", 2, 1.0, 1e-5), "momentum=1.0"));
        cases.add(Case.of("nn: leaky ReLU slope 2", IAE, () -> Activation.leakyRelu(2), "alpha=2.0"));
        cases.add(Case.of("nn: ELU alpha 0", IAE, () -> Activation.elu(0), "alpha=0.0"));
        cases.add(Case.of("nn: residual of nothing", IAE, () -> new Residual("residual1", List.of()), "residual1", "inner=[]"));
        cases.add(Case.of("nn: residual of null", IAE, () -> new Residual("residual1", null), "inner=null"));
        Dense twice = new Dense("dense1", 2, 2);
        cases.add(Case.of("nn: residual holding one layer twice", IAE,
                () -> new Residual("residual1", List.of(twice, twice)), "dense1", "twice", "position 1"));
        cases.add(Case.of("nn: residual changing the width", IAE,
                () -> new Residual("residual1", List.of(new Dense("dense1", 2, 3))), "residual1", "3 columns"));
        cases.add(Case.of("nn: forward of the wrong width", IAE, () -> new Dense("dense1", 3, 1).forward(new DMatrixRMaj(2, 2), false),
                "dense1", "2x2", "expects 3"));
        cases.add(Case.of("nn: forward of null", IAE, () -> new Dense("dense1", 3, 1).forward(null, false), "dense1", "x=null"));
        cases.add(Case.of("nn: backward of the wrong shape", IAE, () -> {
            Dense d = new Dense("dense1", 2, 1);
            d.forward(new DMatrixRMaj(4, 2), true);
            d.backward(new DMatrixRMaj(3, 1));
        }, "dense1", "3x1", "4x1"));
        cases.add(Case.of("nn: backward of null", IAE, () -> new ReLU("relu1", 2).backward(null), "relu1", "dOut=null"));
        cases.add(Case.of("nn: batch norm on one row", IAE,
                () -> new BatchNorm("batchnorm1", 2, 0.9, 1e-5).forward(new DMatrixRMaj(1, 2), true), "batchnorm1", "2 rows"));
        cases.add(Case.of("nn: softmax of one number", UnsupportedOperationException.class,
                () -> Activation.softmax().apply(1.0), "one-number form"));
        cases.add(Case.of("nn: parameter without a value", IAE, () -> new Parameter("p", Parameter.Kind.WEIGHT, null),
                "value=null"));
        cases.add(Case.of("nn: dense initialized with null", IAE, () -> new Dense("dense1", 2, 1).initialize(null, new Random(1)),
                "dense1", "init=null"));
    }

    private static Map<String, Object> config(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static void configs(List<Case> cases) {
        cases.add(Case.of("nn: config of an unknown type", IAE, () -> Layers.fromConfig(config("type", "Conv2D", "name", "c")),
                "'Conv2D'", "layer c"));
        cases.add(Case.of("nn: config without units", IAE,
                () -> Layers.fromConfig(config("type", "Dense", "name", "dense1", "inputs", 2)), "'units'"));
        cases.add(Case.of("nn: config with a text seed", IAE,
                () -> Layers.fromConfig(config("type", "Dropout", "name", "d", "size", 2, "p", 0.5, "seed", "abc")), "seed=abc"));
        cases.add(Case.of("nn: config with a fractional size", IAE,
                () -> Layers.fromConfig(config("type", "ReLU", "name", "relu1", "size", 2.5)), "size=2.5"));
        cases.add(Case.of("nn: config of a residual with a number inside", IAE,
                () -> Layers.fromConfig(config("type", "Residual", "name", "r", "layers", List.of(7))), "Entry 0", "Received: 7"));
        cases.add(Case.of("nn: config with a numeric type", IAE, () -> Layers.fromConfig(config("type", 5, "name", "x")),
                "type=5"));
        cases.add(Case.of("nn: config of null", IAE, () -> Layers.fromConfig(null), "config=null"));
    }

    private static void architectures(List<Case> cases) {
        cases.add(Case.of("net: dense with a null activation", IAE, () -> Net.input(2).dense(3, null),
                "dense(3, null)", "Activation.identity()"));
        cases.add(Case.of("net: activation null", IAE, () -> Net.input(2).activation(null), "activation(null)"));
        cases.add(Case.of("net: residual with a null activation", IAE, () -> Net.input(2).residual(2, null), "residual(2, null)"));
        cases.add(Case.of("net: init null", IAE, () -> Net.input(2).init(null), "init=null", "e.g."));
        cases.add(Case.of("net: dense with a null initializer", IAE, () -> Net.input(2).dense(3, Activation.relu(), null),
                "init=null", "dense(3, activation)"));
        cases.add(Case.of("net: dense too large for an array", IAE, () -> Net.input(100_000).dense(100_000), "dense1",
                "10000000000", "2147483639"));
        cases.add(Case.of("net: second dense too large for an array", IAE,
                () -> Net.input(2).dense(100_000, Activation.relu()).dense(100_000), "dense2", "units=100000"));
        cases.add(Case.of("net: more weights than the heap holds", IAE,
                () -> Net.input(40_000).dense(40_000).dense(40_000).build(), "-Xmx", "MB", "dense 40000"));
        cases.add(Case.of("net: dense of no units", IAE, () -> Net.input(2).dense(0), "units=0"));
        cases.add(Case.of("net: no input features", IAE, () -> Net.input(0), "input=0"));
        cases.add(Case.of("net: build without layers", IAE, () -> Net.input(2).build(), "e.g. Net.input(2)"));
        cases.add(Case.of("net: negative dropout", IAE, () -> Net.input(2).dropout(-0.1), "p=-0.1"));
        cases.add(Case.of("net: residual of depth 0", IAE, () -> Net.input(2).residual(0, Activation.relu()), "depth=0"));
    }

    private static void nets(List<Case> cases) {
        Dense d = new Dense("dense1", 2, 2);
        cases.add(Case.of("net: the same layer object twice", IAE, () -> Net.of(List.of(d, d), 0, Init.zeros()),
                "dense1", "position 0", "position 1"));
        cases.add(Case.of("net: the same layer in and outside a residual", IAE,
                () -> Net.of(List.of(new Residual("residual1", List.of(d)), d), 0, Init.zeros()), "dense1", "inside residual1"));
        cases.add(Case.of("net: of a null list", IAE, () -> Net.of(null, 0, Init.zeros()), "layers=null"));
        cases.add(Case.of("net: of no layers", IAE, () -> Net.of(List.of(), 0, Init.zeros()), "layers=[]"));
        cases.add(Case.of("net: of a null layer", IAE, () -> Net.of(Arrays.asList(new Dense("dense1", 2, 2), null), 0, null),
                "null at position 1"));
        cases.add(Case.of("net: of sizes that do not chain", IAE,
                () -> Net.of(List.<Layer>of(new Dense("dense1", 2, 3), new Dense("dense2", 2, 1)), 0, null),
                "dense1 (position 0) outputs 3", "dense2 (position 1) expects 2"));
        cases.add(Case.of("net: of two layers with one name", IAE,
                () -> Net.of(List.<Layer>of(new Dense("dense1", 2, 2), new Dense("dense1", 2, 2)), 0, null), "'dense1'"));
        cases.add(Case.of("net: predict ragged rows", IAE, () -> net().predict(new double[][] {{1, 2}, {3}}), "row 1 has 1"));
        cases.add(Case.of("net: predict null rows", IAE, () -> net().predict((double[][]) null), "x=null"));
        cases.add(Case.of("net: predict a null row", IAE, () -> net().predict(new double[][] {null}), "row 0 = null"));
        cases.add(Case.of("net: predict the wrong width", IAE, () -> net().predict(Matrices.of(new double[][] {{1, 2, 3}})),
                "takes 2 input columns", "1x3"));
        cases.add(Case.of("net: predict a null matrix", IAE, () -> net().predict((DMatrixRMaj) null), "x=null"));
        cases.add(Case.of("net: predict a dataset of the wrong width", IAE,
                () -> net().predict(Dataset.of(new double[][] {{1, 2, 3}}, new double[][] {{0}})), "1x3"));
        cases.add(Case.of("net: mean loss of no rows", IAE, () -> net().meanLoss(new DMatrixRMaj(0, 2), new DMatrixRMaj(0, 1),
                Loss.mse()), "0x2", "at least one row"));
        cases.add(Case.of("net: mean loss with fewer targets", IAE, () -> net().meanLoss(new DMatrixRMaj(3, 2),
                new DMatrixRMaj(1, 1), Loss.mse()), "y has 1", "x has 3"));
        cases.add(Case.of("net: mean loss of null targets", IAE, () -> net().meanLoss(new DMatrixRMaj(3, 2), null, Loss.mse()),
                "y=null"));
        cases.add(Case.of("net: layer index past the end", IAE, () -> net().layer(9), "layer(9)", "0 to 3", "sigmoid1"));
        cases.add(Case.of("net: negative layer index", IAE, () -> net().layer(-1), "layer(-1)"));
        cases.add(Case.of("net: dense index past the end", IAE, () -> net().dense(5), "dense(5)", "2 dense layers"));
        cases.add(Case.of("net: unknown layer name", IAE, () -> net().layer("nope"), "'nope'", "dense1"));
        cases.add(Case.of("net: dense of an activation's name", IAE, () -> net().dense("relu1"), "'relu1'", "[dense1, dense2]"));
        cases.add(Case.of("net: last output past the end", IAE, () -> net().lastOutput(7), "lastOutput(7)"));
        cases.add(Case.of("net: scores of two outputs", IAE, () -> Net.input(2).dense(2, Activation.softmax()).build()
                .scores(two()), "has 2", "predictClasses"));
        cases.add(Case.of("net: forward of the wrong width", IAE, () -> net().forward(new DMatrixRMaj(1, 5), false), "1x5"));
        cases.add(Case.of("net: train on null", IAE, () -> net().train(null), "train", "data=null"));
        cases.add(Case.of("net: predict a null dataset", IAE, () -> net().predict((Dataset) null), "data=null"));
        cases.add(Case.of("net: accuracy of null", IAE, () -> net().accuracy(null), "accuracy", "data=null"));
        cases.add(Case.of("net: evaluate null", IAE, () -> net().evaluate(null), "evaluate", "data=null"));
        cases.add(Case.of("net: mean loss without a loss", IAE, () -> net().meanLoss(new DMatrixRMaj(1, 2), new DMatrixRMaj(1, 1),
                null), "loss=null", "Loss.mse()"));
        cases.add(Case.of("net: copy of a layer kind it cannot rebuild", IAE,
                () -> Net.of(List.of(new Custom()), 0, null).copy(), "'Custom'"));
    }

    /** A layer kind {@link Layers#fromConfig} does not know. */
    private static final class Custom extends nnlab.nn.ElementwiseActivation {
        Custom() { super("custom1", 2); }

        @Override
        protected void apply(double[] z, double[] y, int n) { System.arraycopy(z, 0, y, 0, n); }

        @Override
        protected void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n) { System.arraycopy(dY, 0, dZ, 0, n); }
    }

    private static void tables(List<Case> cases) {
        cases.add(Case.of("tabular: missing CSV file", IAE, () -> TableData.fromCsv("/no/such/file.csv", "y"),
                "/no/such/file.csv"));
        cases.add(Case.of("tabular: null CSV path", IAE, () -> TableData.fromCsv(null, "y"), "path=null"));
        cases.add(Case.of("tabular: unknown target column", IAE, () -> TableData.from(table(), "nope"), "'nope'", "rooms (double)"));
        cases.add(Case.of("tabular: text feature column", IAE, () -> TableData.from(table(), "price", "town"), "'town'",
                "Encode it"));
        cases.add(Case.of("tabular: target as a feature", IAE, () -> TableData.from(table(), "price", "price"), "'price'",
                "is the target"));
        cases.add(Case.of("tabular: one class", IAE, () -> TableData.from(Table.create("t", DoubleColumn.create("a", 1, 2),
                StringColumn.create("c", "x", "x")), "c"), "only one class"));
        cases.add(Case.of("tabular: missing value", IAE, () -> TableData.from(Table.create("t",
                DoubleColumn.create("a", 1, Double.NaN), DoubleColumn.create("y", 1, 2)), "y"), "'a'", "row 1"));
        cases.add(Case.of("tabular: null table", IAE, () -> TableData.from(null, "y"), "table=null"));
        cases.add(Case.of("tabular: null target", IAE, () -> TableData.from(table(), null), "target=null", "rooms"));
        cases.add(Case.of("tabular: table of no rows", IAE, () -> TableData.from(Table.create("empty",
                DoubleColumn.create("a"), DoubleColumn.create("y")), "y"), "'empty'", "no rows"));
        cases.add(Case.of("tabular: table of null", IAE, () -> TableData.toTable(null), "data=null"));
    }
}
