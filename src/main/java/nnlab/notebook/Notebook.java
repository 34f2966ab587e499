package nnlab.notebook;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The link between nnlab and the notebook kernel it runs in, if any.
 *
 * <p>The library compiles without any kernel: the kernel's startup script hands its
 * {@code display} and {@code updateDisplay} functions over by calling {@link #connect}. Outside
 * a notebook (tests, a terminal), nothing is connected and {@link #isConnected()} is false; live
 * displays then fall back to text.
 *
 * <p>This is the one piece of static mutable state in nnlab: there is one kernel per JVM, and
 * every live display in it must reach the same one.
 */
public final class Notebook {

    private static volatile Function<Object, String> display;
    private static volatile BiConsumer<String, Object> update;

    private Notebook() {}

    /**
     * Called once by the kernel's startup script.
     *
     * @param display shows an object in the current cell's output and returns its display id
     * @param updateDisplay replaces what display id shows with another object
     */
    public static void connect(Function<Object, String> display, BiConsumer<String, Object> updateDisplay) {
        Notebook.display = Objects.requireNonNull(display, "display");
        Notebook.update = Objects.requireNonNull(updateDisplay, "updateDisplay");
    }

    /** Forgets the kernel (for tests of the text fallback). */
    public static void disconnect() {
        display = null;
        update = null;
    }

    public static boolean isConnected() {
        return display != null;
    }

    /**
     * Shows a value in the current cell's output.
     *
     * @return the display id to pass to {@link #update}, or {@code null} when no kernel is
     *     connected (the value's text is printed instead)
     */
    public static String display(Object value) {
        Function<Object, String> d = display;
        if (d == null) {
            System.out.println(value);
            return null;
        }
        return d.apply(value);
    }

    /** Replaces what the display {@code id} shows; without a kernel, does nothing. */
    public static void update(String id, Object value) {
        BiConsumer<String, Object> u = update;
        if (u != null && id != null) {
            u.accept(id, value);
        }
    }
}
