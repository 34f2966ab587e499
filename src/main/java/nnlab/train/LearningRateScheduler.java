package nnlab.train;

import java.util.List;
import nnlab.optim.Optimizer;
import nnlab.optim.schedule.ReduceOnPlateau;
import nnlab.optim.schedule.Schedule;
import nnlab.optim.schedule.Warmup;

/**
 * Drives the optimizer's learning rate from a {@link Schedule}, once per epoch.
 *
 * <p>The training loop counts epochs from 1, a schedule from 0, so epoch e of the loop runs at
 * η = {@code schedule.rate(e − 1)}: at the start of the run the schedule is reset; at the start
 * of each epoch the optimizer's rate is set; at the end of each epoch the schedule observes the
 * monitored value (default {@code val_loss}), which only {@link ReduceOnPlateau} uses. The rate
 * of every epoch is in the {@link History} ({@code history.learningRate()}), and equals
 * {@code schedule.values(epochs)}. After the run the optimizer keeps the last epoch's rate.
 *
 * <pre>{@code
 *   net.train(data).optimizer(Optimizer.sgd(0.1))
 *      .callbacks(Callback.schedule(Schedule.step(0.1, 10, 0.5))).epochs(50).run();
 * }</pre>
 * The schedule's rate replaces the optimizer's own; give the optimizer any rate.
 */
public final class LearningRateScheduler extends MonitoringCallback {

    private final Schedule schedule;
    private Monitor monitor = Monitor.of("val_loss");
    private Optimizer optimizer;

    public LearningRateScheduler(Schedule schedule) {
        this.schedule = Training.given(schedule, "schedule", "Callback.schedule(Schedule.cosine(0.1, 50, 0.0))");
    }

    /**
     * The quantity a {@link ReduceOnPlateau} schedule watches (default {@code "val_loss"}; for a
     * maximised one such as val_accuracy, also call {@code maximize()} on the schedule).
     */
    public LearningRateScheduler monitor(String name) {
        this.monitor = Monitor.of(name);
        return this;
    }

    /** The schedule being followed. */
    public Schedule schedule() { return schedule; }

    @Override
    public void onTrainBegin(Net net, Optimizer optimizer) {
        this.optimizer = optimizer;
        schedule.reset();
    }

    @Override
    public void onEpochBegin(int epoch) {
        optimizer.setLearningRate(schedule.rate(epoch - 1));
    }

    @Override
    public boolean onEpochEnd(EpochLog log) {
        // only a plateau schedule (alone or after a warm-up) uses the value; the others get it as logged
        double v = watches(schedule) ? monitor.read(log, "The ReduceOnPlateau schedule")
                : EpochLog.COLUMNS.contains(monitor.name) ? log.value(monitor.name) : log.metric(monitor.name);
        schedule.observe(log.epoch() - 1, v);
        return false;
    }

    /** True for a schedule that acts on the monitored value: ReduceOnPlateau, also behind a warm-up. */
    private static boolean watches(Schedule s) {
        return s instanceof ReduceOnPlateau || s instanceof Warmup w && watches(w.then());
    }

    @Override
    void requireLogged(List<String> logged, boolean validation) {
        monitor.requireLogged(logged, validation, watches(schedule),
                watches(schedule) ? "The ReduceOnPlateau schedule" : "LearningRateScheduler");
    }

    @Override
    public String toString() {
        return "LearningRateScheduler(" + schedule + ", monitor=" + monitor.name + ")";
    }
}
