package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;
import nnlab.data.Augment;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.plot.GapTable;
import nnlab.train.Net;

/** Bad inputs to data augmentation (nnlab.data.Augment, Training.augment) and GapTable. */
final class AugmentCases {

    private AugmentCases() {}

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    /** n images of 3 × 3 pixels with values {@code v}, two classes. */
    private static Dataset images(int n, double v) {
        double[][] x = new double[n][9];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(x[i], v);
            labels[i] = i % 2;
        }
        return Dataset.classification(x, labels, 2);
    }

    private static Net moonNet() {
        return Net.input(2).dense(4, Activation.relu()).dense(1, Activation.sigmoid()).seed(1).build();
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(Case.of("augment: jitter negative sigma", IAE, () -> Augment.jitter(-0.1), "sigma=-0.1", "e.g."));
        c.add(Case.of("augment: jitter NaN sigma", IAE, () -> Augment.jitter(Double.NaN), "sigma=NaN"));
        c.add(Case.of("augment: noise infinite sigma", IAE, () -> Augment.noise(Double.POSITIVE_INFINITY),
                "sigma=Infinity"));
        c.add(Case.of("augment: shift by 0 pixels", IAE, () -> Augment.shift(0), "pixels=0", "Augment.shift(1)"));
        c.add(Case.of("augment: shift as wide as the image", IAE, () -> Augment.shift(3).apply(images(2, 0.5), 1),
                "pixels=3", "3 pixels"));
        c.add(Case.of("augment: shift in a chain, wider than the image", IAE,
                () -> Augment.flipHorizontal().then(Augment.shift(5)).apply(images(2, 0.5), 1), "pixels=5"));
        c.add(Case.of("augment: then(null)", IAE, () -> Augment.shift(1).then(null), "next=null"));
        c.add(Case.of("augment: apply to null data", IAE, () -> Augment.shift(1).apply(null, 1), "data=null"));
        c.add(Case.of("augment: shift on 2-feature points (width unknown)", IAE,
                () -> Augment.shift(1).apply(Synthetic.moons(10, 0.1, 1), 1), "features=2", "jitter"));
        c.add(Case.of("augment: flip in training on points", IAE,
                () -> moonNet().train(Synthetic.moons(10, 0.1, 1)).augment(Augment.flipHorizontal()), "features=2",
                "not a square"));
        c.add(Case.of("augment: noise on pixels above 1", IAE, () -> Augment.noise(0.1).apply(images(3, 2.5), 1),
                "2.5 at row 0, column 0", "Normalizer"));
        c.add(Case.of("augment: training with augment(null)", IAE,
                () -> moonNet().train(Synthetic.moons(10, 0.1, 1)).augment(null), "augment=null"));
        c.add(Case.of("gapTable: null validation set", IAE, () -> GapTable.of(Synthetic.moons(10, 0.1, 1), null),
                "valid=null"));
        c.add(Case.of("gapTable: two rows of one name", IAE, () -> {
            Dataset d = Synthetic.moons(10, 0.1, 1);
            Net n = moonNet();
            GapTable.of(d, d).row("plain", n).row("plain", n);
        }, "name=plain"));
        c.add(Case.of("gapTable: gap of a row not in it", IAE,
                () -> GapTable.of(Synthetic.moons(10, 0.1, 1), Synthetic.moons(10, 0.1, 2)).gap("L2"), "name=L2"));
        return c;
    }
}
