package nnlab.train;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Shows a training run while it runs: in a notebook, one chart of the loss that redraws in place
 * and a progress line. The training loop asks for a live display at the start of every
 * {@link Training#run()} and adds it as one more {@link Callback}.
 *
 * <p>Why a service interface: the display lives in {@code nnlab.notebook}, which sits below
 * {@code nnlab.train} in DESIGN.md's table (it renders histories and figures, so it must import
 * training, not the other way round), and only the notebook package knows whether a kernel is
 * connected. So {@code nnlab.train} defines this interface, {@code nnlab.notebook} implements it
 * and lists the implementation in {@code META-INF/services/nnlab.train.LiveDisplay}, and
 * {@link #open} finds it with {@link ServiceLoader} at run time. Without the notebook package on
 * the class path, or without a connected kernel (tests, a terminal), no display is found and
 * training shows nothing. A static setter instead would be global mutable state that every test
 * must remember to clear.
 */
public interface LiveDisplay {

    /**
     * What a display needs to know about the run before it starts.
     *
     * @param epochs          epochs requested
     * @param batchesPerEpoch batches in one epoch
     * @param validation      whether a validation loss will be logged
     * @param forced          true when the user asked for the display ({@code live(true)}); false
     *                        when it is the default, in which case a display may wait before
     *                        showing anything so that quick runs stay quiet
     */
    record Run(int epochs, int batchesPerEpoch, boolean validation, boolean forced) {}

    /**
     * @return a callback showing this run, or empty when this display cannot show anything here
     *     (for example: no notebook kernel is connected)
     */
    Optional<Callback> open(Run run);

    /** The first live display on the class path that can show {@code run}, if any. */
    static Optional<Callback> find(Run run) {
        for (LiveDisplay d : ServiceLoader.load(LiveDisplay.class, LiveDisplay.class.getClassLoader())) {
            Optional<Callback> c = d.open(run);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
