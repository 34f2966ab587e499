package nnlab.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnlab.data.Sensor;
import nnlab.data.Synthetic;
import nnlab.loss.Loss;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class StackedAutoencoderTest {

    /** 10 readings of a hidden 2-D point: data near a 2-D surface, which a small code can reconstruct. */
    private static final DMatrixRMaj X = Synthetic.sensor(100).readings(10).sample(300, 1, Sensor.sameSign()).x();

    private static StackedAutoencoder train() {
        return StackedAutoencoder.widths(6, 3).optimizer(Optimizer.adam(0.01)).batchSize(32).epochs(30).seed(4).train(X);
    }

    @Test
    void baselineMse_isTheColumnVarianceAveragedOverColumns() {
        // column 0: 1, 3 (mean 2, variance 1); column 1: 5, 5 (variance 0) → (1 + 0)/2
        assertEquals(0.5, StackedAutoencoder.baselineMse(new DMatrixRMaj(new double[][] {{1, 5}, {3, 5}})), 1e-15);
    }

    @Test
    void eachAutoencoder_learnsFromTheCodesOfTheOneBefore_andBeatsAnsweringTheMean() {
        StackedAutoencoder sae = train();
        double[] rec = sae.reconstructionMse();
        double[] base = sae.baselineMse();
        assertEquals(StackedAutoencoder.baselineMse(X), base[0], 1e-15);
        assertEquals(StackedAutoencoder.baselineMse(sae.codes(0)), base[1], 1e-15);
        assertEquals(sae.autoencoders().get(1).meanLoss(sae.codes(0), sae.codes(0), Loss.mse()), rec[1], 1e-12);
        for (int k = 0; k < 2; k++) {
            assertTrue(rec[k] < base[k] / 2, "autoencoder " + k + ": " + rec[k] + " vs mean answer " + base[k]);
        }
        assertEquals(6, sae.codes(0).numCols);
        assertEquals(3, sae.codes(1).numCols);
        for (double c : sae.codes(1).data) {
            assertTrue(c > 0 && c < 1, "sigmoid codes: " + c);
        }
        assertArrayEquals(sae.codes(1).data, sae.encode(X).data, 1e-12);
        assertEquals(30, sae.histories().get(0).size());
    }

    @Test
    void copyInto_makesTheDeepNetsFirstLayersComputeTheCodes_andAMismatchCopiesNothing() {
        StackedAutoencoder sae = train();
        Net deep = Net.input(10).dense(6, Activation.sigmoid()).dense(3, Activation.sigmoid()).dense(1, Activation.sigmoid())
                .seed(1).build();
        double[] head = deep.dense(2).weights().value().data.clone();
        sae.copyInto(deep);
        deep.predict(X);
        assertArrayEquals(sae.encode(X).data, deep.lastOutput(3).data, 1e-12);
        assertArrayEquals(head, deep.dense(2).weights().value().data, 0.0);
        Net wrong = Net.input(10).dense(6, Activation.sigmoid()).dense(4, Activation.sigmoid()).dense(1).seed(2).build();
        double[] first = wrong.dense(0).weights().value().data.clone();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sae.copyInto(wrong));
        assertTrue(e.getMessage().contains("(Dense, 6 → 3)") && e.getMessage().contains("(Dense, 6 → 4)"), e.getMessage());
        assertArrayEquals(first, wrong.dense(0).weights().value().data, 0.0, "nothing copied");
    }

    @Test
    void badWidthsAndSettings_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> StackedAutoencoder.widths());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StackedAutoencoder.widths(4, 0));
        assertTrue(e.getMessage().contains("width=0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StackedAutoencoder.widths(4).epochs(0));
    }
}
