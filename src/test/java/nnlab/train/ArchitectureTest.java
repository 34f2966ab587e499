package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.optim.Optimizer;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static Architecture moons() {
        return Net.input(2).dense(8, Activation.relu()).dropout(0.2).dense(1, Activation.sigmoid()).init(Init.heNormal());
    }

    @Test
    void build_drawsTheDenseWeightsInLayerOrderFromRandomOfTheSeed() {
        Net net = moons().build(7);
        // the same draws by hand: one Random(seed), dense layers in order, dropout takes none of it
        Random rng = new Random(7);
        Dense d1 = new Dense("d1", 2, 8);
        Dense d2 = new Dense("d2", 8, 1);
        d1.initialize(Init.heNormal(), rng);
        d2.initialize(Init.heNormal(), rng);
        assertArrayEquals(d1.weights().value().data, net.dense(0).weights().value().data);
        assertArrayEquals(d2.weights().value().data, net.dense(1).weights().value().data);
    }

    @Test
    void build_twice_givesIndependentNetsWithBitwiseEqualWeights() {
        Architecture arch = moons().seed(3);
        Net a = arch.build();
        Net b = arch.build();
        assertNotSame(a.dense(0).weights(), b.dense(0).weights());
        assertArrayEquals(WeightRecorder.flatten(a), WeightRecorder.flatten(b));
        a.train(Synthetic.moons(40, 0.1, 1)).optimizer(Optimizer.sgd(0.5)).epochs(2).live(false).run();
        assertFalse(Arrays.equals(WeightRecorder.flatten(a), WeightRecorder.flatten(b)), "a trained");
        assertArrayEquals(WeightRecorder.flatten(arch.build()), WeightRecorder.flatten(b), "b untouched by a's training");
    }

    @Test
    void buildWithSeed_equalsTheSeedSetOnTheArchitecture_andLeavesItsSeedAlone() {
        Architecture arch = moons();
        Net five = arch.build(5);
        assertEquals(5, five.seed());
        assertArrayEquals(WeightRecorder.flatten(moons().seed(5).build()), WeightRecorder.flatten(five));
        Net byDefault = arch.build();
        assertEquals(0, byDefault.seed(), "build(5) did not change the architecture's seed");
        assertArrayEquals(WeightRecorder.flatten(moons().build(0)), WeightRecorder.flatten(byDefault));
        assertFalse(Arrays.equals(WeightRecorder.flatten(five), WeightRecorder.flatten(byDefault)));
    }

    @Test
    void moreLayersAfterABuild_leaveTheBuiltNetAsItWas() {
        Architecture arch = Net.input(2).dense(4, Activation.tanh());
        Net before = arch.build();
        arch.dense(1, Activation.sigmoid()).init(Init.zeros());
        assertEquals(2, before.layers().size());
        assertEquals(4, before.outputSize());
        assertTrue(Arrays.stream(before.dense(0).weights().value().data).anyMatch(w -> w != 0), "not re-initialized");
        assertEquals(4, arch.build().layers().size());
    }

    @Test
    void toString_listsTheLayersItWouldBuild() {
        String s = moons().toString();
        assertTrue(s.contains("dense1") && s.contains("Dense 2→8") && s.contains("dropout1") && s.contains("sigmoid1"), s);
        assertTrue(Net.input(3).toString().contains("no layers"));
    }

    @Test
    void build_withoutLayers_saysHowToAddOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> Net.input(2).build());
        assertTrue(e.getMessage().contains(".dense("), e.getMessage());
    }

    @Test
    void input_ofZeroFeatures_echoesTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Net.input(0));
        assertTrue(e.getMessage().contains("Received: input=0"), e.getMessage());
    }

    @Test
    void build_givesTheLayersTheCourseNames() {
        Net net = Net.input(2).dense(3, Activation.relu()).batchNorm().residual(1, Activation.tanh())
                .dense(1).build();
        assertEquals(List.of("dense1", "relu1", "batchnorm1", "residual1", "dense3"),
                net.layers().stream().map(Layer::name).toList());
    }

    @Test
    void denseWithANullActivation_isRejectedWithTheFix_whileDenseOfUnitsAloneStaysLinear() {
        var e = assertThrows(IllegalArgumentException.class, () -> Net.input(2).dense(3, null));
        assertTrue(e.getMessage().contains("dense(units)") && e.getMessage().contains("Activation.identity()")
                && e.getMessage().contains("dense(3, null)"), e.getMessage());
        Net linear = Net.input(2).dense(3).build();
        assertEquals(List.of("dense1"), linear.layers().stream().map(Layer::name).toList());
    }

    @Test
    void aLayerTooLargeForAnArray_isRejectedWhenAdded_namingItsSizeAndTheLimit() {
        Architecture a = Net.input(4).dense(100_000, Activation.relu());
        var e = assertThrows(IllegalArgumentException.class, () -> a.dense(100_000));
        assertTrue(e.getMessage().contains("dense2") && e.getMessage().contains("10000000000")
                && e.getMessage().contains(String.valueOf(Integer.MAX_VALUE - 8)), e.getMessage());
        // the architecture is unchanged: the rejected layer was not added
        assertEquals(2, a.build().layers().size());
    }
}
