package nnlab.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nnlab.data.Dataset;
import org.junit.jupiter.api.Test;

class DomainShiftTest {

    @Test
    void apply_isGainTimesInputPlusOffset_targetsAndNamesKept() {
        Dataset d = Dataset.of(new double[][] {{1, -2}, {0, 0.5}}, new double[][] {{1}, {0}})
                .withNames(List.of("r", "z"), List.of("no", "yes"));
        Dataset shifted = DomainShift.affine(0.5, 3).apply(d);
        // hand-computed: 0.5·1 + 3 = 3.5, 0.5·(−2) + 3 = 2, 0.5·0 + 3 = 3, 0.5·0.5 + 3 = 3.25
        assertArrayEquals(new double[] {3.5, 2, 3, 3.25}, shifted.xView().data, 1e-15);
        assertArrayEquals(new int[] {1, 0}, shifted.labels());
        assertEquals(List.of("no", "yes"), shifted.classNames());
        assertEquals(List.of("r", "z"), shifted.featureNames());
        assertArrayEquals(new double[] {1, -2, 0, 0.5}, d.xView().data, 0, "the source data is not modified");
    }

    @Test
    void identityShift_leavesInputsUnchanged() {
        Dataset d = Dataset.of(new double[][] {{0.25, -7}}, new double[][] {{2}});
        assertArrayEquals(d.xView().data, DomainShift.affine(1, 0).apply(d).xView().data, 0);
    }
}
