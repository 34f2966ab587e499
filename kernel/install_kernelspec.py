"""Install (or refresh) the `nnlab` Jupyter kernelspec.

The spec runs the jar of JJava's own `java` kernelspec (pip package `jjava`) and adds nnlab: the
library jar on the class path, a JJava extension (kernel/NnlabExtension.java, compiled here into
nnlab-kernel.jar) that imports the API, connects the live displays and registers the plot
renderers, and the JVM options every notebook runs with.

Start-up time (kernel start to the answer of `1 + 1`: tools/bench/kernel_start.py): the spec
starts the kernel's JVM itself, with the options JJava's launcher would add, instead of going
through jjava-launcher.jar (a second JVM start); the nnlab jar is on the JVM's own class path
(JShell's compiler reads it from there too), so that the class-data-sharing archive (AppCDS,
`classes.jsa`) can hold nnlab's and Tablesaw's classes beside the ~4,800 JDK, javac, JShell and
JJava classes a kernel loads up to its first result. The archive is made once here by running a
kernel with -XX:ArchiveClassesAtExit; classes come out of it already parsed and verified. If it
cannot be made, the kernel runs without it (only slower to start); it is remade when the JDK,
JJava, the nnlab jar or the imports change.

Usage: python kernel/install_kernelspec.py JAR [--prefix PREFIX]
  JAR      the shaded nnlab jar (target/nnlab-<version>-all.jar)
  PREFIX   the Python environment to install into (default: this interpreter's sys.prefix)
"""
import argparse
import filecmp
import hashlib
import json
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

KERNEL_NAME = "nnlab"
DISPLAY_NAME = "Java (nnlab)"
# -Xmx1g: every notebook must run in the memory of a Binder pod (DESIGN.md).
# SerialGC: on 1-2 cores a parallel collector buys nothing and costs start-up time and memory.
# The optimizing compiler (C2) only for the code that trains: nnlab, EJML, the BLAS binding and the
# few JDK methods they call at the top of a loop (COMPILED_BY_C2, written to c2.json). Everything
# else (javac compiling each cell, JShell, JJava, Tablesaw) stays with the quick compiler (C1).
# Measured to `1 + 1` (tools/bench/kernel_start.py, 5 starts): one core 3.25 s, against 4.49 s with
# C2 for all and 4.21 s for the plain JJava kernel; two cores 2.20 s against 2.72 and 2.49.
# C1 for everything (-XX:TieredStopAtLevel=1) starts about as fast but leaves nnlab's loops
# unvectorized: 15-real-data took 52.9-58.6 s of its 60 s budget in CI, against 39 s here with
# C2 for nnlab (40 s with C2 for all). The JVM's "2 compiler directives added" goes to stderr,
# the kernel's log, with -XX:+DisplayVMOutputToStderr.
JVM_OPTS = "-Xmx1g -XX:+UseSerialGC -XX:+DisplayVMOutputToStderr"
COMPILED_BY_C2 = ["nnlab/*.*", "org/ejml/*.*", "dev/ludovic/netlib/*.*", "java/lang/Math.*", "java/util/Arrays.*",
                  "java/util/Random.*", "java/util/SplittableRandom.*"]
# What jjava-launcher.jar adds to JJAVA_JVM_OPTS when it starts the kernel (JJava 1.0-a6).
JJAVA_OPTS = ["--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED"]
# Run in the kernel that makes the class archive, so the classes of a typical first cell are in it.
WARM_UP = """
var data = Synthetic.moons(200, 0.1, 1);
var net = Net.input(2).dense(8, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
var history = net.train(data).optimizer(Optimizer.adam(0.01)).epochs(3).run();
display(Plot.history(history));
net.evaluate(data)
"""
# The public API packages a notebook uses without an import line.
API_PACKAGES = ["mat", "init", "nn", "loss", "regularize", "optim", "optim.schedule", "data",
                "metrics", "train", "diagnose", "tune", "pretrain", "io", "tabular", "plot"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jar", type=pathlib.Path)
    ap.add_argument("--prefix", type=pathlib.Path, default=pathlib.Path(sys.prefix))
    args = ap.parse_args()

    here = pathlib.Path(__file__).resolve().parent
    kernels = args.prefix.resolve() / "share" / "jupyter" / "kernels"
    jjava = kernels / "java"
    for f in ("jjava.jar",):
        if not (jjava / f).is_file():
            print(f"error: {jjava / f} is missing; install the pinned jjava package first "
                  f"(pip install -r binder/requirements.txt)", file=sys.stderr)
            return 2
    if not args.jar.is_file():
        print(f"error: {args.jar} is missing; build it first with `mvn -q package -DskipTests`", file=sys.stderr)
        return 2

    target = kernels / KERNEL_NAME
    target.mkdir(parents=True, exist_ok=True)
    # A copy, not a link: `mvn clean` must not break a running course. Copied to a temporary name
    # and renamed over the old jar, so a kernel still running keeps reading the file it opened
    # (overwriting it in place would change the bytes under that JVM's feet).
    # Replaced only when its bytes changed: the JVM refuses the class archive once the jar's
    # modification time differs from the one recorded in it.
    installed = target / "nnlab.jar"
    if not (installed.is_file() and filecmp.cmp(args.jar, installed, shallow=False)):
        partial = target / "nnlab.jar.partial"
        shutil.copyfile(args.jar, partial)
        partial.replace(installed)
    compiler_directives(target)
    startup = (here / "startup.jshell").read_text()
    extension = build_extension(here / "NnlabExtension.java", jjava / "jjava.jar", target / "nnlab.jar", target)
    imports = [line for line in startup[:startup.index("//NNLAB_IMPORTS")].splitlines() if line.startswith("import ")]
    imports += [f"import nnlab.{p}.*;" for p in API_PACKAGES if package_exists(args.jar, p)]
    # Only the imports, which NnlabExtension gives JShell as one snippet (JJava would evaluate a
    # startup script's lines one by one); the connecting and the renderers are NnlabExtension's too.
    (target / "imports.jshell").write_text("\n".join(imports) + "\n")
    (target / "startup.jshell").unlink(missing_ok=True)  # what an earlier install ran instead
    spec = {
        "argv": kernel_argv(jjava, target / "nnlab.jar", []),
        "display_name": DISPLAY_NAME,
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            # JJava installs the extensions it finds on this path (java.util.ServiceLoader); the
            # nnlab jar is on the JVM's class path (kernel_argv).
            "JJAVA_CLASSPATH": str(extension),
            "NNLAB_IMPORTS": str(target / "imports.jshell"),
        },
        "metadata": {"nnlab": {"jar": str(args.jar.resolve())}},
    }
    archive, note = class_archive(spec, jjava, target)
    if archive is not None:
        spec["argv"] = kernel_argv(jjava, target / "nnlab.jar", [f"-XX:SharedArchiveFile={archive}"])
    (target / "kernel.json").write_text(json.dumps(spec, indent=2) + "\n")
    print(f"kernelspec '{KERNEL_NAME}' ({DISPLAY_NAME}) installed in {target}")
    print(f"  jar      {target / 'nnlab.jar'} (from {args.jar})")
    print(f"  imports  {target / 'imports.jshell'} ({len(imports)} imports, {sum('nnlab.' in i for i in imports)} of them nnlab's)")
    print(f"  jvm      {JVM_OPTS}, C2 only for {', '.join(COMPILED_BY_C2)} ({target / 'c2.json'})")
    print(f"  extension {extension} (imports the API in one snippet, connects the live displays, registers the renderers)")
    print(f"  classes  {note}")
    overrides = quiet_jupyterlab(args.prefix.resolve())
    print(f"  lab      {overrides}: no 'Jupyter news' prompt (it covers the notebook and needs the web)")
    return 0


def kernel_argv(jjava: pathlib.Path, jar: pathlib.Path, extra: list[str]) -> list[str]:
    """The kernel's command line: what jjava-launcher.jar would run, without the launcher's own JVM,
    with the nnlab jar on the class path (cells and the extension see the same nnlab classes: the
    cells' class loader asks the JVM's first)."""
    directives = jar.parent / "c2.json"
    return ["java", *JVM_OPTS.split(), "-XX:+UnlockDiagnosticVMOptions", f"-XX:CompilerDirectivesFile={directives}",
            *JJAVA_OPTS, *extra, "-cp", f"{jjava / 'jjava.jar'}:{jar}", "org.dflib.jjava.distro.JJava", "{connection_file}"]


def compiler_directives(target: pathlib.Path) -> pathlib.Path:
    """Writes c2.json, HotSpot's compiler directives: C2 for COMPILED_BY_C2, C1 only for the rest.

    The first directive that matches a method applies; a method C2 may not compile is compiled by C1
    (without the profiling that would prepare it for C2)."""
    path = target / "c2.json"
    path.write_text(json.dumps([{"match": COMPILED_BY_C2, "c2": {"Exclude": False}},
                                {"match": "*.*", "c2": {"Exclude": True}}], indent=2) + "\n")
    return path


def build_extension(source: pathlib.Path, jjava_jar: pathlib.Path, nnlab_jar: pathlib.Path,
                    target: pathlib.Path) -> pathlib.Path:
    """Compiles kernel/NnlabExtension.java against JJava's and nnlab's jars into nnlab-kernel.jar,
    with the service file through which JJava finds it."""
    jar = target / "nnlab-kernel.jar"
    with tempfile.TemporaryDirectory() as tmp:
        classes = pathlib.Path(tmp)
        subprocess.run(["javac", "-nowarn", "--release", "17", "-d", str(classes),
                        "-cp", f"{jjava_jar}:{nnlab_jar}", str(source)], check=True)
        services = classes / "META-INF" / "services"
        services.mkdir(parents=True)
        (services / "org.dflib.jjava.jupyter.Extension").write_text(source.stem + "\n")
        partial = target / "nnlab-kernel.jar.partial"
        partial.unlink(missing_ok=True)
        # Fixed timestamps, so the same source gives the same bytes (the class archive's stamp).
        subprocess.run(["jar", "--create", "--date=2026-01-01T00:00:00Z", "--file", str(partial),
                        "-C", str(classes), "."], check=True)
        partial.replace(jar)
    return jar


def class_archive(spec: dict, jjava: pathlib.Path, target: pathlib.Path) -> tuple[pathlib.Path | None, str]:
    """The AppCDS archive of the classes a kernel loads up to its first result: (path or None, a note).

    Kept while the JDK, JJava, the nnlab jar, the JVM options and the imports are
    unchanged (a stamp file records them). The JVM itself refuses an archive whose class path
    jars changed (it then starts without it), so a rebuilt jar is safe, only slower until remade.
    """
    archive = target / "classes.jsa"
    stamp_file = target / "classes.jsa.stamp"
    java_version = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    digest = hashlib.sha256()
    for part in (java_version, JVM_OPTS, " ".join(COMPILED_BY_C2), " ".join(JJAVA_OPTS), WARM_UP,
                 (target / "imports.jshell").read_text(), (target / "nnlab-kernel.jar").read_bytes().hex()):
        digest.update(part.encode())
    digest.update((jjava / "jjava.jar").read_bytes())
    digest.update((target / "nnlab.jar").read_bytes())
    stamp = digest.hexdigest()
    if archive.is_file() and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return archive, f"{archive} (up to date)"
    archive.unlink(missing_ok=True)
    stamp_file.unlink(missing_ok=True)
    t0 = time.monotonic()
    try:
        dump_classes(spec, jjava, archive)
    except Exception as e:  # the archive only saves start-up time; never fail the install for it
        return None, f"no class archive ({type(e).__name__}: {e}); kernels start without one"
    if not archive.is_file():
        return None, "no class archive (the JVM did not write it); kernels start without one"
    stamp_file.write_text(stamp)
    return archive, f"{archive} (made in {time.monotonic() - t0:.0f} s)"


def dump_classes(spec: dict, jjava: pathlib.Path, archive: pathlib.Path) -> None:
    """Runs a kernel with -XX:ArchiveClassesAtExit through a first cell, then ends it with SIGTERM.

    SIGTERM makes the JVM exit normally (the archive is written at exit) and at once; a Jupyter
    shutdown request takes JJava about a minute.
    """
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    with tempfile.TemporaryDirectory() as tmp:
        name = "nnlab-class-archive"
        (pathlib.Path(tmp) / name).mkdir()
        dump_spec = dict(spec, argv=kernel_argv(jjava, archive.parent / "nnlab.jar", [f"-XX:ArchiveClassesAtExit={archive}",
                                                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]))
        (pathlib.Path(tmp) / name / "kernel.json").write_text(json.dumps(dump_spec))
        km = KernelManager(kernel_name=name, kernel_spec_manager=KernelSpecManager(kernel_dirs=[tmp]))
        km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=120)
            reply = kc.execute_interactive(WARM_UP, timeout=120, output_hook=lambda msg: None)
            kc.stop_channels()
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"the warm-up cell failed: {reply['content'].get('evalue')}")
            km.signal_kernel(signal.SIGTERM)
            deadline = time.monotonic() + 120
            while km.is_alive() and time.monotonic() < deadline:
                time.sleep(0.2)
        finally:
            if km.is_alive():
                km.shutdown_kernel(now=True)
            km.cleanup_resources()


def quiet_jupyterlab(prefix: pathlib.Path) -> pathlib.Path:
    """JupyterLab default for this environment: never ask to fetch Jupyter's news feed.

    The prompt pops up over the notebook on first start; the course runs offline (Binder pods,
    classrooms), where the feed cannot be fetched anyway. Other overrides in the file are kept.
    """
    path = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    overrides = json.loads(path.read_text()) if path.is_file() else {}
    overrides.setdefault("@jupyterlab/apputils-extension:notification", {})["fetchNews"] = "false"
    path.write_text(json.dumps(overrides, indent=2) + "\n")
    return path


def package_exists(jar: pathlib.Path, package: str) -> bool:
    """True if the jar has classes in nnlab.<package> (an import of an empty package fails)."""
    import zipfile
    prefix = "nnlab/" + package.replace(".", "/") + "/"
    with zipfile.ZipFile(jar) as z:
        return any(n.startswith(prefix) and n.endswith(".class") and n.count("/") == prefix.count("/")
                   for n in z.namelist())


if __name__ == "__main__":
    sys.exit(main())
