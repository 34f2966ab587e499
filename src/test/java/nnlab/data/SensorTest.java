package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SensorTest {

    /** The generator notebooks 12 and 13 pasted into their cells, kept here as the oracle. */
    private static double[][][] notebookReadings(int n, long seed, double noise, int extra) {
        Random sensor = new Random(100);
        double[][] a = new double[40][2];
        double[] c = new double[40];
        for (int i = 0; i < 40; i++) {
            a[i][0] = 1.5 * sensor.nextGaussian();
            a[i][1] = 1.5 * sensor.nextGaussian();
            c[i] = sensor.nextGaussian();
        }
        Random rng = new Random(seed);
        double[][] x = new double[n][40 + extra];
        double[][] hidden = new double[n][2];
        for (int r = 0; r < n; r++) {
            double x1 = 4 * rng.nextDouble() - 2;
            double x2 = 4 * rng.nextDouble() - 2;
            hidden[r] = new double[] {x1, x2};
            for (int i = 0; i < 40; i++) {
                x[r][i] = Math.tanh(a[i][0] * x1 + a[i][1] * x2 + c[i]) + (noise > 0 ? noise * rng.nextGaussian() : 0);
            }
            for (int i = 0; i < extra; i++) {
                x[r][40 + i] = rng.nextGaussian();
            }
        }
        return new double[][][] {x, hidden};
    }

    @Test
    void noisyReadings_areDrawnExactlyAsNotebook12Drew_withTheCircleLabel() {
        Dataset d = Synthetic.sensor(100).readingNoise(0.05).sample(50, 3, Sensor.insideCircle(1.3));
        double[][][] expected = notebookReadings(50, 3, 0.05, 0);
        assertEquals(40, d.features());
        assertEquals(1, d.targets());
        int inside = 0;
        for (int r = 0; r < 50; r++) {
            assertArrayEquals(expected[0][r], Arrays.copyOfRange(d.xView().data, r * 40, r * 40 + 40), 0.0);
            double label = Math.hypot(expected[1][r][0], expected[1][r][1]) < 1.3 ? 1 : 0;
            assertEquals(label, d.yView().get(r, 0));
            inside += (int) label;
        }
        assertTrue(inside > 0 && inside < 50, "both classes occur: " + inside + " inside");
    }

    @Test
    void noiseReadings_areAppendedAsNotebook13Drew_andTheSectorLabelIsOneHot() {
        Dataset d = Synthetic.sensor(100).noiseReadings(8).sample(30, 1, Sensor.sector(8));
        double[][][] expected = notebookReadings(30, 1, 0, 8);
        assertEquals(48, d.features());
        assertEquals(8, d.targets());
        for (int r = 0; r < 30; r++) {
            assertArrayEquals(expected[0][r], Arrays.copyOfRange(d.xView().data, r * 48, r * 48 + 48), 0.0);
            double angle = Math.atan2(expected[1][r][1], expected[1][r][0]);
            int sector = (int) ((angle + Math.PI) / (2 * Math.PI) * 8) % 8;
            assertEquals(sector, d.labels()[r]);
        }
    }

    @Test
    void sameSignAndNoiseSign_readTheHiddenPointAndTheNoiseColumns() {
        Sensor s = Synthetic.sensor(100).noiseReadings(2);
        Dataset same = s.sample(40, 4, Sensor.sameSign());
        Dataset noise = s.sample(40, 4, Sensor.noiseSign());
        double[][][] expected = notebookReadings(40, 4, 0, 2);
        for (int r = 0; r < 40; r++) {
            assertEquals(expected[1][r][0] * expected[1][r][1] > 0 ? 1.0 : 0.0, same.yView().get(r, 0));
            assertEquals(noise.xView().get(r, 40) * noise.xView().get(r, 41) > 0 ? 1.0 : 0.0, noise.yView().get(r, 0));
        }
        assertFalse(Arrays.equals(same.yView().data, noise.yView().data));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Synthetic.sensor(100).sample(3, 1, Sensor.noiseSign()));
        assertTrue(e.getMessage().contains("noiseReadings(2)"), e.getMessage());
    }

    @Test
    void aSampleSeed_changesThePoints_notTheSensor() {
        Sensor s = Synthetic.sensor(7).readings(5);
        Dataset a = s.sample(20, 1, Sensor.sameSign());
        Dataset again = Synthetic.sensor(7).readings(5).sample(20, 1, Sensor.sameSign());
        Dataset other = s.sample(20, 2, Sensor.sameSign());
        assertArrayEquals(a.xView().data, again.xView().data, 0.0);
        assertFalse(Arrays.equals(a.xView().data, other.xView().data));
        assertEquals(5, a.features());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.readingNoise(-0.1));
        assertTrue(e.getMessage().contains("sigma=-0.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.readings(0));
        assertThrows(IllegalArgumentException.class, () -> Sensor.insideCircle(0));
    }
}
