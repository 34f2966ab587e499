package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KFoldTest {

    /** 23 examples whose single feature is their id, so every row can be traced. */
    private static Dataset ids(int n) {
        double[][] x = new double[n][1];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
            y[i][0] = i % 2;
        }
        return Dataset.of(x, y);
    }

    private static List<Integer> idsOf(Dataset d) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            out.add((int) d.xView().get(i, 0));
        }
        return out;
    }

    @Test
    void everyExample_isValidatedOnExactlyOnce_andTrainedOnInTheOtherFolds() {
        Dataset data = ids(23);
        List<Dataset.Split> folds = data.kFold(5, 7);
        assertEquals(5, folds.size());
        List<Integer> validated = new ArrayList<>();
        for (Dataset.Split f : folds) {
            List<Integer> train = idsOf(f.first());
            List<Integer> valid = idsOf(f.second());
            assertTrue(valid.size() == 4 || valid.size() == 5, "fold sizes 23/5 round to 4 or 5: " + valid.size());
            assertEquals(23, train.size() + valid.size());
            Set<Integer> both = new HashSet<>(train);
            both.retainAll(valid);
            assertTrue(both.isEmpty(), "a fold trains on its own validation examples: " + both);
            validated.addAll(valid);
        }
        assertEquals(23, validated.size());
        assertEquals(23, new HashSet<>(validated).size());
        // the targets travel with their rows
        Dataset.Split f = folds.get(2);
        for (int i = 0; i < f.second().size(); i++) {
            assertEquals(f.second().xView().get(i, 0) % 2, f.second().yView().get(i, 0));
        }
    }

    @Test
    void theSeed_fixesTheFolds() {
        Dataset data = ids(20);
        assertEquals(idsOf(data.kFold(4, 1).get(0).second()), idsOf(data.kFold(4, 1).get(0).second()));
        assertTrue(!idsOf(data.kFold(4, 1).get(0).second()).equals(idsOf(data.kFold(4, 2).get(0).second())));
    }

    @Test
    void kOutsideTwoToN_isRejectedWithTheFix() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> ids(10).kFold(1, 0));
        assertTrue(one.getMessage().contains("k=1") && one.getMessage().contains("e.g. 5"), one.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ids(10).kFold(11, 0));
        assertEquals(10, ids(10).kFold(10, 0).size()); // leave-one-out
    }
}
