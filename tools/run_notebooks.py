"""Run every course notebook top to bottom through the installed `nnlab` kernel.

Uses nbclient (the real Jupyter messaging protocol, the real kernel). A notebook fails when a
cell raises (the cell and the exception are named), when a cell tagged `plot` produces no
plotly figure, or when the whole notebook takes longer than its budget. Executed copies go
to target/executed/; notebooks/ is never written.

With --student the notebooks are student versions (tools/assignment.py makes them): there each
exercise's check cell (an nbgrader autograder test cell) must end in nnlab.notebook.NotYet, the
"not yet" of an unwritten exercise; that error is accepted there and nowhere else.

Usage: python tools/run_notebooks.py [NOTEBOOK ...] [--budget SECONDS] [--out DIR] [--student]
"""
import argparse
import pathlib
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

PLOTLY = "application/vnd.plotly.v1+json"
ROOT = pathlib.Path(__file__).resolve().parent.parent


def plot_count(cell) -> int:
    return sum(1 for o in cell.get("outputs", []) if PLOTLY in o.get("data", {}))


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def describe_error(nb, allowed=()) -> str | None:
    """'cell N raised: <exception line>' with the cell's source and the top of the Java stack;
    the cells in `allowed` (a student version's check cells) are passed over."""
    for i, cell in enumerate(nb.cells):
        if any(cell is a for a in allowed):
            continue
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                lines = [ANSI.sub("", line) for line in o.get("traceback", [])]
                head = lines[0] if lines else f"{o.get('ename')}: {o.get('evalue')}"
                stack = "\n".join(lines[1:6])
                return f"cell {i} raised {head}\n--- cell {i} ---\n{cell.source}\n--- stack ---\n{stack}"
    return None


class TimedClient(NotebookClient):
    """Notes when the kernel is up and when the first cell's result arrived."""

    first_result_at = None

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        result = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        if self.first_result_at is None and cell.cell_type == "code":
            self.first_result_at = time.monotonic()
        return result


def is_check_cell(cell) -> bool:
    """An nbgrader autograder test cell: an exercise's check."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return cell.cell_type == "code" and meta.get("grade", False) and not meta.get("solution", False)


def not_yet_outcome(cell) -> str | None:
    """None when the check cell ended in nnlab.notebook.NotYet (the student version's expected
    outcome), else what it did instead."""
    errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    if not errors:
        return "ran without error: the check accepts the unwritten stub"
    e = errors[0]
    head = ANSI.sub("", (e.get("traceback") or [""])[0])
    if "NotYet" in e.get("ename", "") or "nnlab.notebook.NotYet" in e.get("evalue", "") + head:
        return None
    return f"raised {head or e.get('ename')} instead of NotYet"


def run(path: pathlib.Path, out_dir: pathlib.Path, budget: float, student: bool = False) -> tuple[bool, str]:
    """Executes one notebook. With student=True it is a student version: each check cell must end
    in NotYet (allowed there only, through nbclient's `raises-exception` tag); an error in any
    other cell fails as usual."""
    nb = nbformat.read(path, as_version=4)
    checks = [c for c in nb.cells if student and is_check_cell(c)]
    for c in checks:
        c.metadata.setdefault("tags", []).append("raises-exception")
    # shutdown_kernel="immediate": the kernel is killed once the last cell answered. A shutdown
    # request (nbclient's default) kept each notebook waiting ~3.5 s for JJava's JVM to exit.
    client = TimedClient(nb, kernel_name="nnlab", timeout=budget, startup_timeout=60, shutdown_kernel="immediate",
                         resources={"metadata": {"path": str(path.parent)}})
    t0 = time.monotonic()
    error = None
    try:
        client.execute()
    except CellExecutionError as e:
        error = describe_error(nb, checks) or str(e)
    except CellTimeoutError as e:
        error = f"a cell ran past the notebook's budget of {budget:.0f} s: {e}"
    except DeadKernelError as e:
        error = f"the kernel died (out of memory under -Xmx1g?): {e}"
    wall = time.monotonic() - t0
    first = (client.first_result_at - t0) if client.first_result_at else float("nan")
    for c in checks:
        c.metadata.tags.remove("raises-exception")
        if not c.metadata.tags:
            del c.metadata["tags"]
    out_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_dir / path.name)

    not_yet = sum(not_yet_outcome(c) is None for c in checks)
    if error is None:
        for c in checks:
            wrong = not_yet_outcome(c)
            if wrong:
                error = f"check cell {nb.cells.index(c)} ({c.metadata.nbgrader.get('grade_id')}) {wrong}:\n{c.source}"
                break
    if error is None:
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code" and "plot" in cell.get("metadata", {}).get("tags", []) and plot_count(cell) == 0:
                error = f"cell {i} is tagged 'plot' but drew no figure:\n{cell.source}"
                break
    if error is None and wall > budget:
        error = f"took {wall:.1f} s, over its budget of {budget:.0f} s"
    figures = sum(plot_count(c) for c in nb.cells if c.cell_type == "code")
    line = f"{path.name:40s} {wall:6.1f} s  (kernel start to first result {first:4.1f} s, {figures} figures"
    line += f", {not_yet} of {len(checks)} checks \"not yet\")" if student else ")"
    return error is None, line + ("" if error is None else "\n  FAILED: " + error.replace("\n", "\n  "))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("notebooks", nargs="*", type=pathlib.Path)
    ap.add_argument("--budget", type=float, default=60.0, help="seconds per notebook (default 60)")
    ap.add_argument("--out", type=pathlib.Path, default=ROOT / "target" / "executed")
    ap.add_argument("--student", action="store_true",
                    help="student versions: each check cell must end in NotYet (\"not yet\")")
    args = ap.parse_args()
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    if not paths:
        print("no notebooks found under notebooks/", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    failed = 0
    for p in paths:
        ok, line = run(p, args.out, args.budget, args.student)
        print(line, flush=True)
        failed += not ok
    print(f"notebooks: {len(paths) - failed} passed, {failed} failed ({time.monotonic() - t0:.1f} s in all)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
