package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class GapTableTest {

    @Test
    void eachRow_holdsTheNetsInferenceLosses_andTheirDifference() {
        Dataset train = Synthetic.moons(30, 0.2, 1);
        Dataset valid = Synthetic.moons(50, 0.2, 2);
        Net a = Net.input(2).dense(4, Activation.relu()).dense(1, Activation.sigmoid()).seed(1).build();
        Net b = Net.input(2).dense(2, Activation.relu()).dense(1, Activation.sigmoid()).seed(2).build();
        a.train(train).epochs(5).run();
        GapTable empty = GapTable.of(train, valid);
        GapTable g = empty.row("a", a).row("b", b);
        Table t = g.table();
        assertEquals(0, empty.table().rowCount(), "row() returns a new table");
        assertEquals(2, t.rowCount());
        assertEquals("b", t.stringColumn("approach").get(1));
        double trainA = a.evaluate(train).loss();
        double validA = a.evaluate(valid).loss();
        assertEquals(trainA, t.doubleColumn("train loss").get(0), 0);
        assertEquals(validA, t.doubleColumn("valid loss").get(0), 0);
        assertEquals(validA - trainA, t.doubleColumn("gap").get(0), 0);
        assertEquals(validA - trainA, g.gap("a"), 0);
        assertEquals(b.evaluate(valid).loss() - b.evaluate(train).loss(), g.gap("b"), 0);
        Table fromSeries = empty.rows(Series.of("a", a, "b", b)).table();
        assertEquals(t.doubleColumn("gap").asList(), fromSeries.doubleColumn("gap").asList());
        assertEquals(t.stringColumn("approach").asList(), fromSeries.stringColumn("approach").asList());
    }
}
