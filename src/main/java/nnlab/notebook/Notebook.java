package nnlab.notebook;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The link between nnlab and the notebook kernel it runs in, if any.
 *
 * <p>The library compiles without any kernel: the kernel's start-up (kernel/NnlabExtension.java,
 * or kernel/startup.jshell on a plain JJava kernel) hands over how to show things by calling one
 * of the {@code connect} methods: the kernel's {@code display} and {@code updateDisplay}
 * functions, and, where the kernel allows it, a function telling which cell is running (so that
 * the runs of one cell share one live chart, see {@link LiveTraining}) and a {@link CellOutput}
 * that reaches a given cell even after it ended (so that what a run sends after the stop button
 * still lands in its own cell). Outside a notebook (tests, a terminal), nothing is connected and
 * {@link #isConnected()} is false; live displays then fall back to text.
 *
 * <p>This is the one piece of static mutable state in nnlab: there is one kernel per JVM, and
 * every live display in it must reach the same one. It holds the kernel's functions and the live
 * chart of the cell that ran last; {@code connect} and {@link #disconnect} reset both.
 */
public final class Notebook {

    /**
     * How a kernel shows things in the output of one cell, given by its identity (what the cell
     * function of {@link #connect(Supplier, CellOutput)} returned while it ran). Unlike the
     * kernel's plain {@code display}, which writes to whichever cell executes now, it reaches
     * that cell also after it ended: a run stopped with the stop button ends its cell at once and
     * sends its last line afterwards.
     */
    public interface CellOutput {

        /** Shows {@code value} in {@code cell}'s output; returns its display id. */
        String display(Object cell, Object value);

        /** Replaces what display {@code id}, shown in {@code cell}, shows with {@code value}. */
        void update(Object cell, String id, Object value);
    }

    private static volatile CellOutput output;
    /** True when connected with a {@link CellOutput}: what is sent after a cell ended still reaches it. */
    private static volatile boolean reachesEndedCells;
    /** What {@link #cell()} returns when the kernel cannot tell which cell runs. */
    static final Object UNKNOWN_CELL = new Object();

    private static volatile Supplier<Object> cell;
    private static LiveTraining.CellChart cellChart;

    private Notebook() {}

    /**
     * Called once by the kernel's start-up when it can tell cells apart and send to a cell that
     * ended (the nnlab kernel).
     *
     * @param cell the identity of the cell being executed (any object, compared with {@code ==}:
     *     the same object for the whole execution of a cell, another one for the next cell), or
     *     {@code null} while no cell is executing (a thread still running after its cell ended)
     * @param output shows things in a given cell's output
     */
    public static void connect(Supplier<Object> cell, CellOutput output) {
        if (cell == null || output == null) {
            throw new IllegalArgumentException("Give the function that tells which cell runs and the kernel's output"
                    + " to a cell; a kernel that has neither calls connect(display, updateDisplay). Received: cell="
                    + (cell == null ? "null" : "given") + ", output=" + (output == null ? "null" : "given"));
        }
        synchronized (Notebook.class) {
            Notebook.output = output;
            Notebook.cell = cell;
            reachesEndedCells = true;
            cellChart = null;
        }
    }

    /**
     * Called once by a kernel's start-up that can tell which cell runs but only writes to the
     * cell executing now (what a run sends after its cell ended is lost).
     *
     * @param display shows an object in the current cell's output and returns its display id
     * @param updateDisplay replaces what display id shows with another object
     * @param cell as in {@link #connect(Supplier, CellOutput)}
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
        CellOutput current = new CellOutput() {
            @Override
            public String display(Object cell, Object value) {
                return display.apply(value);
            }

            @Override
            public void update(Object cell, String id, Object value) {
                updateDisplay.accept(id, value);
            }
        };
        synchronized (Notebook.class) {
            Notebook.output = current;
            Notebook.cell = null;
            reachesEndedCells = false;
            cellChart = null;
        }
    }

    /** Forgets the kernel (for tests of the text fallback). */
    public static void disconnect() {
        synchronized (Notebook.class) {
            output = null;
            cell = null;
            reachesEndedCells = false;
            cellChart = null;
        }
    }

    public static boolean isConnected() {
        return output != null;
    }

    /**
     * Shows a value in the current cell's output.
     *
     * @return the display id to pass to {@link #update}, or {@code null} when no kernel is
     *     connected (the value's text is printed instead)
     */
    public static String display(Object value) {
        return display(cell(), value);
    }

    /** Replaces what the display {@code id} shows; without a kernel, does nothing. */
    public static void update(String id, Object value) {
        update(cell(), id, value);
    }

    /** {@link #display(Object)} in {@code cell}'s output (the current one's with a kernel that only has that). */
    static String display(Object cell, Object value) {
        CellOutput o = output;
        if (o == null) {
            System.out.println(value);
            return null;
        }
        return o.display(cell, value);
    }

    /** {@link #update(String, Object)} of a display shown in {@code cell}. */
    static void update(Object cell, String id, Object value) {
        CellOutput o = output;
        if (o != null && id != null) {
            o.update(cell, id, value);
        }
    }

    /** Whether a message sent to a cell after it ended still reaches it (a kernel with a {@link CellOutput}). */
    static boolean reachesEndedCells() {
        return reachesEndedCells;
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
