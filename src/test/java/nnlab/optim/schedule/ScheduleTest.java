package nnlab.optim.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Each schedule against its closed form at a dozen epochs. */
class ScheduleTest {

    private static final int[] EPOCHS = {0, 1, 2, 3, 4, 5, 7, 9, 10, 13, 20, 37};

    private static void assertClosedForm(Schedule s, IntToDoubleFunction closedForm) {
        for (int e : EPOCHS) {
            assertEquals(closedForm.applyAsDouble(e), s.rate(e), 1e-15, s + " at epoch " + e);
        }
    }

    @Test
    void constant_isTheSameEveryEpoch() {
        assertClosedForm(Schedule.constant(0.3), e -> 0.3);
    }

    @Test
    void step_multipliesByGammaEveryStepSizeEpochs() {
        // 0.1·0.5^⌊e/3⌋: epochs 0–2 → 0.1, 3–5 → 0.05, 6–8 → 0.025, …
        assertClosedForm(Schedule.step(0.1, 3, 0.5), e -> 0.1 * Math.pow(0.5, Math.floor(e / 3.0)));
        assertEquals(0.05, Schedule.step(0.1, 3, 0.5).rate(5), 1e-17);
        assertEquals(0.025, Schedule.step(0.1, 3, 0.5).rate(6), 1e-17);
    }

    @Test
    void multiStep_dropsAtEachMilestone() {
        Schedule s = Schedule.multiStep(1.0, 0.1, 3, 10);
        assertClosedForm(s, e -> e < 3 ? 1.0 : e < 10 ? 0.1 : 0.1 * 0.1);
    }

    @Test
    void exponential_isInitialTimesGammaToTheEpoch() {
        assertClosedForm(Schedule.exponential(0.2, 0.9), e -> 0.2 * Math.exp(e * Math.log(0.9)));
    }

    @Test
    void inverseTime_isInitialOverOnePlusDecayTimesEpoch() {
        assertClosedForm(Schedule.inverseTime(0.5, 0.25), e -> 0.5 / (1 + 0.25 * e));
        // halves at epoch 1/decay = 4
        assertEquals(0.25, Schedule.inverseTime(0.5, 0.25).rate(4), 1e-16);
    }

    @Test
    void cosine_annealsFromInitialToMinimumThenHolds() {
        Schedule s = Schedule.cosine(0.1, 20, 0.01);
        assertClosedForm(s, e -> e >= 20 ? 0.01 : 0.01 + 0.045 * (1 + Math.cos(Math.PI * e / 20)));
        assertEquals(0.1, s.rate(0), 1e-16);
        assertEquals(0.055, s.rate(10), 1e-16);
        assertEquals(0.01, s.rate(20), 1e-16);
    }

    @Test
    void cosineWarmRestarts_restartsAtTheEndOfEachGrowingPeriod() {
        // periods 3, 6, 12 start at epochs 0, 3, 9 (and 21)
        Schedule s = Schedule.cosineWarmRestarts(1.0, 3, 2, 0.0);
        assertClosedForm(s, e -> {
            int start = e < 3 ? 0 : e < 9 ? 3 : e < 21 ? 9 : 21;
            int period = e < 3 ? 3 : e < 9 ? 6 : e < 21 ? 12 : 24;
            return 0.5 * (1 + Math.cos(Math.PI * (e - start) / period));
        });
        assertEquals(1.0, s.rate(9), 0.0);
        Schedule equal = Schedule.cosineWarmRestarts(1.0, 4, 1, 0.2);
        assertClosedForm(equal, e -> 0.2 + 0.4 * (1 + Math.cos(Math.PI * (e % 4) / 4)));
    }

    @Test
    void cyclical_climbsAndFallsLinearlyBetweenMinAndMax() {
        // half cycle 4: 0.1 at epochs 0, 8, 16…; 0.5 at 4, 12, 20…; linear in between
        Schedule s = Schedule.cyclical(0.1, 0.5, 4);
        assertClosedForm(s, e -> {
            int phase = e % 8;
            return 0.1 + 0.4 * (phase <= 4 ? phase / 4.0 : (8 - phase) / 4.0);
        });
    }

    @Test
    void warmup_rampsLinearlyThenHandsOverToTheShiftedSchedule() {
        Schedule s = Schedule.warmup(4, Schedule.exponential(0.2, 0.5));
        assertClosedForm(s, e -> e < 4 ? 0.2 * (e + 1) / 4 : 0.2 * Math.pow(0.5, e - 4));
        assertEquals(0.05, s.rate(0), 1e-17);
        assertEquals(0.2, s.rate(3), 1e-17);
        assertEquals(0.2, s.rate(4), 1e-17);
    }

    @Test
    void values_listsTheFirstEpochsForPlotting() {
        assertArrayEquals(new double[] {1, 1, 0.5, 0.5, 0.25}, Schedule.step(1, 2, 0.5).values(5), 0.0);
        assertEquals(0, Schedule.constant(1).values(0).length);
    }

    @Test
    void reduceOnPlateau_cutsAfterPatienceEpochsWithoutImprovement() {
        ReduceOnPlateau s = Schedule.reduceOnPlateau(0.1, 0.5, 2);
        // losses: improve, improve, flat, flat (→ ×0.5 from epoch 4), improve, flat, flat (→ ×0.5)
        double[] rates = s.values(new double[] {1.0, 0.8, 0.8, 0.9, 0.7, 0.75, 0.71, 0.72});
        assertArrayEquals(new double[] {0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025}, rates, 1e-17);
    }

    @Test
    void reduceOnPlateau_respectsMinDeltaCooldownFloorAndMode() {
        ReduceOnPlateau s = new ReduceOnPlateau(1.0, 0.1, 1).minDelta(0.05).cooldown(1).minRate(0.02);
        // 0.98 is not 0.05 better than 1.0: bad epoch → cut; next epoch is cooldown; then cut to floor
        double[] rates = s.values(new double[] {1.0, 0.98, 0.97, 0.96, 0.95});
        assertArrayEquals(new double[] {1.0, 1.0, 0.1, 0.1, 0.02}, rates, 1e-16);
        ReduceOnPlateau acc = new ReduceOnPlateau(1.0, 0.5, 1).maximize();
        assertArrayEquals(new double[] {1.0, 1.0, 1.0, 0.5}, acc.values(new double[] {0.5, 0.6, 0.55, 0.7}), 0.0);
    }

    @Test
    void reduceOnPlateau_valuesWithoutMonitoredValuesExplainsWhatToDo() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Schedule.reduceOnPlateau(0.1, 0.5, 2).values(10));
        assertTrue(e.getMessage().contains("values(monitored)"), e.getMessage());
    }

    @Test
    void constructors_rejectBadSettingsEchoingThem() {
        assertMessage(() -> Schedule.step(0.1, 0, 0.5), "Received: stepSize=0");
        assertMessage(() -> Schedule.exponential(0.1, 1.5), "Received: gamma=1.5");
        assertMessage(() -> Schedule.constant(-1), "Received: rate=-1.0");
        assertMessage(() -> Schedule.multiStep(0.1, 0.1, 5, 3), "Received: milestones=[5, 3]");
        assertMessage(() -> Schedule.cosine(0.1, 10, 0.2), "Received: minRate=0.2");
        assertMessage(() -> Schedule.cyclical(0.5, 0.1, 4), "Received: maxRate=0.1");
        assertMessage(() -> Schedule.reduceOnPlateau(0.1, 1.0, 3), "Received: factor=1.0");
        assertMessage(() -> Schedule.constant(0.1).rate(-1), "Received: epoch=-1");
    }

    private static void assertMessage(Runnable r, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
