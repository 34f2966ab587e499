package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    private static Net net() {
        return Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).seed(3).build();
    }

    @Test
    void recordsEpochZero_everyKthEpoch_andTheLastOne() {
        Dataset data = Synthetic.moons(100, 0.1, 1);
        Snapshots s = Callback.snapshots(3);
        net().train(data).optimizer(Optimizer.adam(0.05)).epochs(10).callbacks(s).run();
        List<Integer> epochs = s.entries().stream().map(Snapshots.Entry::epoch).toList();
        assertEquals(List.of(0, 3, 6, 9, 10), epochs);
        assertTrue(Double.isNaN(s.get(0).loss()));
        assertTrue(s.get(4).loss() > 0);
    }

    @Test
    void eachEntryIsACopy_predictingAsTheNetDidAtThatEpoch() {
        Dataset data = Synthetic.moons(100, 0.1, 1);
        Net before = net();
        double[] start = before.predict(data.xView()).data.clone();
        Net net = net();
        Snapshots s = Callback.snapshots(5);
        net.train(data).optimizer(Optimizer.adam(0.05)).epochs(5).callbacks(s).run();
        assertNotSame(net, s.get(0).net());
        assertEquals(start[7], s.get(0).net().predict(data.xView()).get(7, 0), 0.0);
        double[] end = net.predict(data.xView()).data;
        assertEquals(end[7], s.get(1).net().predict(data.xView()).get(7, 0), 0.0);
        assertTrue(Math.abs(end[7] - start[7]) > 1e-6, "training moved the prediction");
    }

    @Test
    void aNewRunStartsANewList() {
        Dataset data = Synthetic.moons(50, 0.1, 1);
        Snapshots s = Callback.snapshots(1);
        Net net = net();
        net.train(data).epochs(3).callbacks(s).run();
        net.train(data).epochs(2).callbacks(s).run();
        assertEquals(3, s.size());
    }

    @Test
    void refusesEveryBelowOne_namingTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Callback.snapshots(0));
        assertTrue(e.getMessage().contains("Received: every=0"), e.getMessage());
        var empty = assertThrows(IndexOutOfBoundsException.class, () -> Callback.snapshots(2).get(0));
        assertTrue(empty.getMessage().contains("none yet"), empty.getMessage());
    }
}
