import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.channels.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;
import org.dflib.jjava.jupyter.kernel.DisplayStream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.dflib.jjava.kernel.JavaKernel;
import org.dflib.jjava.shaded.org.zeromq.ZMQ;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import nnlab.notebook.Mime;
import nnlab.notebook.Notebook;

/**
 * Gives the cells their imports in one snippet ({@link #importApi}), connects nnlab's live
 * displays to the kernel, registers how figures and tables are drawn, lets JJava's request loops
 * answer a request at once instead of at their next 50 ms tick ({@link PromptShell}), and holds
 * JShell's background class indexing back until the kernel is idle ({@link #pauseIndexing}).
 *
 * JJava installs it itself when it adds the kernel's class path (JJAVA_CLASSPATH): it finds it
 * through java.util.ServiceLoader (META-INF/services/org.dflib.jjava.jupyter.Extension). Compiled
 * Java, so the kernel does not have to compile this with javac at start-up the way a startup
 * script snippet is (~0.5 s of a kernel's start). The class loader JJava loads it with asks the
 * cells' class loader first, so the Notebook and Mime classes here are the ones the cells see.
 *
 * It lives in kernel/, not in the library, because it is compiled against JJava's jar: the
 * library compiles and runs without any kernel (kernel/install_kernelspec.py builds it). The
 * first three steps, as a script for a plain JJava kernel, are kernel/startup.jshell (the imports
 * come from there too): change both together. The one-snippet imports and the last two steps are
 * the nnlab kernel's own (tools/interrupt_check.py checks them).
 */
public final class NnlabExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        Supplier<Object> cell = cellOf(kernel.getIO().display);
        Runnable resumeIndexing = cell != null ? pauseIndexing(kernel) : null;
        importApi(kernel);
        if (cell != null) {
            Notebook.connect(cell, output(kernel));
        } else {
            Notebook.connect(BaseNotebookStatics::display, BaseNotebookStatics::updateDisplay);
        }
        for (Class<?> type : Mime.types()) {
            @SuppressWarnings("unchecked") Class<Object> c = (Class<Object>) type;
            kernel.getRenderer().createRegistration(c)
                .preferring(Mime.PLOTLY, Mime.HTML, Mime.TEXT)
                .register((value, ctx) -> Mime.of(value).forEach((mime, data) -> ctx.getOutputContainer().putData(mime, data)));
        }
        if (cell != null) {
            watch(cell, resumeIndexing);
        }
    }

    /**
     * A daemon thread that looks every 20 ms at which cell runs: at the first cell it gives
     * JJava's shell loop and its control loop (where interrupts and shutdowns come) the body of
     * {@link PromptShell}; once the kernel has been idle for 0.5 s (10 s if no cell has run yet),
     * it lets JShell's indexing go on (resumeIndexing; null: nothing to resume). Then it ends.
     */
    private static void watch(Supplier<Object> cell, Runnable resumeIndexing) {
        Thread watcher = new Thread(() -> {
            boolean swapped = false, ranCell = false;
            boolean resumed = resumeIndexing == null;
            long idleSince = System.nanoTime();
            try {
                while (!(swapped && resumed)) {
                    Object env = cell.get();
                    long now = System.nanoTime();
                    if (env != null) {
                        ranCell = true;
                        idleSince = -1;
                        if (!swapped) {
                            swapped = true;
                            swapBodies(env);
                        }
                    } else if (idleSince < 0) {
                        idleSince = now;
                    } else if (!resumed && now - idleSince >= (ranCell ? 500_000_000L : 10_000_000_000L)) {
                        resumed = true;
                        resumeIndexing.run();
                    }
                    Thread.sleep(20);
                }
            } catch (InterruptedException | RuntimeException e) {
                if (!resumed) {
                    resumeIndexing.run();
                }
            }
        }, "nnlab-kernel-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void swapBodies(Object env) {
        try {
            if (env instanceof ShellReplyEnvironment reply && reply.getShell() instanceof ShellChannel shell) {
                PromptShell.swapInto(shell);
                Field connection = ShellChannel.class.getDeclaredField("connection");
                connection.setAccessible(true);
                Field control = JupyterConnection.class.getDeclaredField("control");
                control.setAccessible(true);
                PromptShell.swapInto((ShellChannel) control.get(connection.get(shell)));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the loops keep JJava's body
        }
    }

    /**
     * The imports every cell starts with (the file NNLAB_IMPORTS names, one import a line: the
     * JDK's and Tablesaw's packages of kernel/startup.jshell and nnlab's API), given to JShell as
     * one snippet. JJava would evaluate a startup script's imports one by one, and JShell compiles
     * each as a class of its own: with the 26 imports one snippet each, a kernel took 3.09 s from
     * its start to the answer of {@code 1 + 1} on one core, with one snippet 2.76 s (two cores:
     * 2.00 and 1.84 s; tools/bench/kernel_start.py, medians of 7 starts). JShell keys an import
     * snippet by its first import and keeps the whole text as the snippet's import lines, which
     * every later cell is compiled with. The first line is therefore one no cell writes again
     * ({@code import nnlab.Nnlab;}): a cell's own {@code import java.util.*;} is then a snippet of
     * its own, not a replacement of this one. Should JShell not accept them as one snippet, each
     * is evaluated alone, as JJava would.
     */
    private static void importApi(BaseKernel kernel) {
        String file = System.getenv("NNLAB_IMPORTS");
        if (file == null || !(kernel instanceof JavaKernel java)) {
            return;
        }
        List<String> imports;
        try {
            imports = Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException("The nnlab kernel cannot read its imports from " + file + " (NNLAB_IMPORTS):"
                    + " reinstall the kernel (bash kernel/install.sh). " + e, e);
        }
        JShell shell = java.getJShell();
        if (!valid(shell.eval("import nnlab.Nnlab;\n" + String.join("\n", imports)))) {
            for (String line : imports) {
                shell.eval(line);
            }
        }
    }

    private static boolean valid(List<SnippetEvent> events) {
        return !events.isEmpty()
                && events.stream().allMatch(e -> e.status() == Snippet.Status.VALID && e.exception() == null);
    }

    /**
     * JShell indexes every class of its class path and of the JDK in a thread of its own as soon
     * as it starts (for completing package names and suggesting imports): ~0.5 s of CPU, which on
     * one core (a Binder pod) comes out of the kernel's start and its first cells. This holds
     * that work back (JShell's own suspendIndexing, which it checks between two jars or modules)
     * and returns what lets it go on; null where it cannot (not JJava's JavaKernel, or another JDK).
     */
    private static Runnable pauseIndexing(BaseKernel kernel) {
        try {
            Object analysis = ((JavaKernel) kernel).getJShell().sourceCodeAnalysis();
            Method suspend = analysis.getClass().getMethod("suspendIndexing");
            Method resume = analysis.getClass().getMethod("resumeIndexing");
            suspend.setAccessible(true);
            resume.setAccessible(true);
            suspend.invoke(analysis);
            return () -> {
                try {
                    resume.invoke(analysis);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // indexing stays held back: completion then lacks package names
                }
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Sends to the cell given by its reply environment (what {@link #cellOf} returns while it
     * runs), also after it ended: JJava's own display functions send to the cell executing now
     * and drop what comes while none is. JupyterLab draws a message that arrives after its cell
     * ended when the message names that cell's request, as these do.
     */
    private static Notebook.CellOutput output(BaseKernel kernel) {
        return new Notebook.CellOutput() {
            @Override
            public String display(Object cell, Object value) {
                if (!(cell instanceof ShellReplyEnvironment env)) {
                    return BaseNotebookStatics.display(value);
                }
                DisplayData data = kernel.getRenderer().render(value);
                String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
                data.setDisplayId(id);
                env.publish(new PublishDisplayData(data));
                return id;
            }

            @Override
            public void update(Object cell, String id, Object value) {
                if (!(cell instanceof ShellReplyEnvironment env)) {
                    BaseNotebookStatics.updateDisplay(id, value);
                    return;
                }
                DisplayData data = kernel.getRenderer().render(value);
                data.setDisplayId(id);
                env.publish(new PublishUpdateDisplayData(data));
            }
        };
    }

    /**
     * Which cell runs: JJava sets its display stream's private `env` to a new object for each
     * execute request (null between two), so the training runs of one cell can share one live
     * chart. Null where that field cannot be read (another JJava version): then every run that
     * goes live gets a chart of its own.
     */
    private static Supplier<Object> cellOf(DisplayStream stream) {
        try {
            Field env = stream.getClass().getDeclaredField("env");
            env.setAccessible(true);
            env.get(stream);
            return () -> {
                try {
                    return env.get(stream);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * JJava (1.0a8) looks for a request on its shell and control sockets every 50 ms: each loop
     * polls its socket without waiting, handles what is there, then sleeps 50 ms. So a request
     * waits up to 50 ms before the kernel sees it: a cell that does nothing took 53-58 ms from
     * request to reply (6-12 ms with this), ~15 s over the course's 307 cells. This gives each
     * loop a body that waits on the socket itself, up to 0.5 s but no longer than it takes a
     * request to arrive, and when one is there runs JJava's own body (which reads and handles
     * it) with no sleep after it.
     *
     * The wait ends after 0.5 s without a request so that the loop sees a shutdown (JJava's loop
     * checks its running flag between two passes; its heartbeat loop sleeps as long). The loop and
     * its socket are reached at the first request that runs a cell (through the cell's reply
     * environment, see cellOf), and the body is swapped by the loop's own thread (Loop.doNext), so
     * nothing else touches the socket. Where a field is missing (another JJava version) or the
     * wait fails, the loop keeps JJava's body, or falls back to it for that pass.
     */
    static final class PromptShell implements LongSupplier {

        private static final long WAIT_MS = 500;

        private final LongSupplier jjavaBody;
        private final ZMQ.PollItem[] request;
        private final Selector selector;

        private PromptShell(LongSupplier jjavaBody, JupyterSocket shell) throws IOException {
            this.jjavaBody = jjavaBody;
            this.request = new ZMQ.PollItem[] {new ZMQ.PollItem(shell, ZMQ.Poller.POLLIN)};
            this.selector = Selector.open();
        }

        @Override
        public long getAsLong() {
            int ready;
            try {
                ready = ZMQ.poll(selector, request, WAIT_MS);
            } catch (RuntimeException e) {
                return jjavaBody.getAsLong();        // JJava's pass and its 50 ms sleep
            }
            if (Thread.currentThread().isInterrupted()) {
                return jjavaBody.getAsLong();        // a poll no longer waits; JJava's sleep stops the loop
            }
            if (ready == 0) {
                return 0;                            // nothing came: the loop checks whether to stop, and waits again
            }
            jjavaBody.getAsLong();                   // reads and handles the request
            return 0;
        }

        /** Gives the channel's loop this body, swapped by the loop's own thread after its current pass. */
        static void swapInto(ShellChannel channel) throws ReflectiveOperationException {
            Field ioloop = ShellChannel.class.getDeclaredField("ioloop");
            ioloop.setAccessible(true);
            Loop loop = (Loop) ioloop.get(channel);
            Field body = Loop.class.getDeclaredField("loopBody");
            body.setAccessible(true);
            loop.doNext(() -> {
                try {
                    body.set(loop, new PromptShell((LongSupplier) body.get(loop), channel));
                } catch (ReflectiveOperationException | IOException | RuntimeException e) {
                    // this loop keeps JJava's body
                }
            });
        }
    }
}
