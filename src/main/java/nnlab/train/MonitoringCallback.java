package nnlab.train;

import java.util.List;

/**
 * A callback that watches a logged quantity ({@link EarlyStopping}, {@link BestCheckpoint},
 * {@link LearningRateScheduler}). The training run checks the name against what it will log
 * before the first epoch, so a misspelt name fails before any weight changes.
 */
abstract class MonitoringCallback implements Callback {

    /**
     * Throws when the run will not log what this callback watches (see {@link Monitor#requireLogged}).
     *
     * @param logged     every name the run's epoch logs will hold
     * @param validation whether the run has validation data
     */
    abstract void requireLogged(List<String> logged, boolean validation);
}
