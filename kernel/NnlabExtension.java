import java.lang.reflect.Field;
import java.util.UUID;
import java.util.function.Supplier;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;
import org.dflib.jjava.jupyter.kernel.DisplayStream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

import nnlab.notebook.Mime;
import nnlab.notebook.Notebook;

/**
 * Connects nnlab's live displays to the kernel and registers how figures and tables are drawn.
 *
 * JJava installs it itself when it adds the kernel's class path (JJAVA_CLASSPATH): it finds it
 * through java.util.ServiceLoader (META-INF/services/org.dflib.jjava.jupyter.Extension). Compiled
 * Java, so the kernel does not have to compile this with javac at start-up the way a startup
 * script snippet is (~0.5 s of a kernel's start). The class loader JJava loads it with asks the
 * cells' class loader first, so the Notebook and Mime classes here are the ones the cells see.
 *
 * It lives in kernel/, not in the library, because it is compiled against JJava's jar: the
 * library compiles and runs without any kernel (kernel/install_kernelspec.py builds it). The
 * same steps, as a script for a plain JJava kernel, end kernel/startup.jshell: change both together.
 */
public final class NnlabExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        Supplier<Object> cell = cellOf(kernel.getIO().display);
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
}
