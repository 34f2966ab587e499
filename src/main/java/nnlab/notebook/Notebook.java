package nnlab.notebook;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The link between nnlab and the notebook kernel it runs in, if any.
 *
 * <p>The library compiles without any kernel: the kernel's start-up (kernel/NnlabExtension.java,
 * or kernel/startup.jshell on a plain JJava kernel) hands its
 * {@code display} and {@code updateDisplay} functions over by calling {@link #connect}, and, where
 * the kernel allows it, a function telling which cell is running (so that the runs of one cell
 * share one live chart, see {@link LiveTraining}). Outside a notebook (tests, a terminal), nothing
 * is connected and {@link #isConnected()} is false; live displays then fall back to text.
 *
 * <p>This is the one piece of static mutable state in nnlab: there is one kernel per JVM, and
 * every live display in it must reach the same one. It holds the kernel's three functions and
 * the live chart of the cell that ran last; {@link #connect} and {@link #disconnect} reset both.
 */
public final class Notebook {

    private static volatile Function<Object, String> display;
    private static volatile BiConsumer<String, Object> update;
    /** What {@link #cell()} returns when the kernel cannot tell which cell runs. */
    static final Object UNKNOWN_CELL = new Object();

    private static volatile Supplier<Object> cell;
    private static LiveTraining.CellChart cellChart;

    private Notebook() {}

    /**
     * Called once by the kernel's start-up.
     *
     * @param display shows an object in the current cell's output and returns its display id
     * @param updateDisplay replaces what display id shows with another object
     * @param cell the identity of the cell being executed (any object, compared with {@code ==}:
     *     the same object for the whole execution of a cell, another one for the next cell), or
     *     {@code null} while no cell is executing (a thread still running after its cell ended)
     */
    public static void connect(Function<Object, String> display, BiConsumer<String, Object> updateDisplay,
            Supplier<Object> cell) {
        if (cell == null) {
            throw new IllegalArgumentException("Give the function that tells which cell runs; when the kernel cannot"
                    + " tell, call connect(display, updateDisplay) instead. Received: cell=null");
        }
        connect(display, updateDisplay);
        Notebook.cell = cell;
    }

    /**
     * Called once by a startup script that cannot tell which cell is running (the form of
     * nnlab 0.1): every training run that goes live then gets a chart of its own.
     *
     * @param display shows an object in the current cell's output and returns its display id
     * @param updateDisplay replaces what display id shows with another object
     */
    public static void connect(Function<Object, String> display, BiConsumer<String, Object> updateDisplay) {
        if (display == null || updateDisplay == null) {
            throw new IllegalArgumentException("Give the kernel's display and update functions, e.g. connect(v ->"
                    + " display(v), (id, v) -> updateDisplay(id, v)). Received: display=" + (display == null ? "null" : "given")
                    + ", updateDisplay=" + (updateDisplay == null ? "null" : "given"));
        }
        synchronized (Notebook.class) {
            Notebook.display = display;
            Notebook.update = updateDisplay;
            Notebook.cell = null;
            cellChart = null;
        }
    }

    /** Forgets the kernel (for tests of the text fallback). */
    public static void disconnect() {
        synchronized (Notebook.class) {
            display = null;
            update = null;
            cell = null;
            cellChart = null;
        }
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

    /**
     * The identity of the cell being executed: {@code null} while none is, {@link #UNKNOWN_CELL}
     * when the kernel cannot tell (connected without a cell function, or the function failed).
     */
    static Object cell() {
        Supplier<Object> c = cell;
        if (c == null) {
            return UNKNOWN_CELL;
        }
        try {
            return c.get();
        } catch (RuntimeException e) {
            return UNKNOWN_CELL;
        }
    }

    /**
     * The live chart shared by the training runs of {@code cell} (a {@link #cell()} that is
     * neither null nor unknown): the one of the previous run if it ran in the same cell, a new
     * (not yet shown) one otherwise.
     */
    static LiveTraining.CellChart cellChart(Object cell) {
        synchronized (Notebook.class) {
            if (cellChart == null || cellChart.cell() != cell) {
                cellChart = new LiveTraining.CellChart(cell);
            }
            return cellChart;
        }
    }
}
