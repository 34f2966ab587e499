"""The student version of the course, made by nbgrader from the teacher's notebooks, and its check.

notebooks/ is the teacher's version, the one source of truth: each exercise is an nbgrader
solution cell (the answer between `// BEGIN SOLUTION` and `// END SOLUTION`, inside a method
body) followed by an autograder test cell with points (the check). nbgrader_config.py says how
nbgrader turns a Java solution region into the stub `throw new NotYet();`.

  student   copies the notebooks with exercises into build/nbgrader/source/ASSIGNMENT/, runs
            `nbgrader generate_assignment ASSIGNMENT` (the pure release, for a graded assignment,
            is build/nbgrader/release/ASSIGNMENT/), then writes the self-study course to
            student/: each release notebook with a hidden "Worked solution" block after each
            exercise (made from the teacher's solution cell); a notebook without exercises is
            copied byte for byte. `make lab`, Binder and the site open this course.
  check     executes the student versions of the notebooks with exercises through the `nnlab`
            kernel (each check cell must answer "not yet", any other error fails), takes the
            executed teacher versions from tools/run_notebooks.py's output (--teacher) and the
            notebooks without exercises from there too (they are the same notebook), writes the
            executed student course to --out (the site exports it), then runs
            `nbgrader autograde` on both executed versions as two submissions (students
            "teacher" and "student") and prints the scores: the teacher must get every point,
            the student none. The autograde grades the outputs of these runs (nbgrader's
            ClearOutput and Execute left out, --regrade-by-executing puts them back).

Usage: python tools/assignment.py student [--src DIR] [--out DIR] [--assignment NAME] [--no-worked-solutions]
       python tools/assignment.py check [--src DIR] [--student-dir DIR] [--teacher DIR] [--out DIR] [--jobs N] [NOTEBOOK ...]
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

import nbformat

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import run_notebooks  # noqa: E402  (same folder)

ROOT = pathlib.Path(__file__).resolve().parent.parent
COURSE = ROOT / "build" / "nbgrader"  # nbgrader_config.py's CourseDirectory.root
MARKER = re.compile(r"^\s*//\s*(BEGIN|END) SOLUTION\s*$")
# nbgrader's alembic and nbgrader commands live next to this Python
ENV = dict(os.environ, PATH=str(pathlib.Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def is_solution(cell) -> bool:
    return cell.cell_type == "code" and nbgrader_meta(cell).get("solution", False)


def has_exercises(nb) -> bool:
    return any(nbgrader_meta(c).get("solution") or nbgrader_meta(c).get("grade") for c in nb.cells)


def course_notebooks(src: pathlib.Path) -> list[pathlib.Path]:
    return sorted(src.glob("[0-9][0-9]-*.ipynb"))


def nbgrader(*args: str) -> None:
    """Runs one nbgrader command from the repository's root, where nbgrader_config.py is."""
    cmd = ["nbgrader", *args, f"--CourseDirectory.root={COURSE}"]
    done = subprocess.run(cmd, cwd=ROOT, env=ENV, capture_output=True, text=True)
    if done.returncode != 0 or "[ERROR]" in done.stderr or "| ERROR]" in done.stderr:
        sys.exit(f"`{' '.join(cmd)}` failed (exit {done.returncode}):\n{done.stderr[-4000:]}")


def upgrade_ids(nb) -> int | None:
    """A notebook of nbformat 4.4 whose cells carry ids (invalid: ids came in 4.5) becomes a valid
    4.5 one, each missing id made from the cell's index; returns the minor version it had, or
    None when nothing was wrong."""
    if nb.nbformat_minor >= 5 or not any("id" in c for c in nb.cells):
        return None
    was, nb.nbformat_minor = nb.nbformat_minor, 5
    taken = {c["id"] for c in nb.cells if "id" in c}
    for i, c in enumerate(nb.cells):
        if "id" not in c:
            c["id"] = next(f"cell-{i:03d}{s}" for s in ("", "a", "b", "c", "d") if f"cell-{i:03d}{s}" not in taken)
            taken.add(c["id"])
    nbformat.validate(nb)
    return was


def worked_solution(teacher_cell) -> nbformat.NotebookNode:
    """A markdown cell hiding the teacher's solution cell (markers dropped) behind <details>."""
    code = "\n".join(line for line in teacher_cell.source.split("\n") if not MARKER.match(line))
    cell = nbformat.v4.new_markdown_cell(
        "<details><summary><b>Worked solution</b> (try first: the check above says when yours is right)"
        f"</summary>\n\n```java\n{code}\n```\n\n</details>")
    cell["id"] = (nbgrader_meta(teacher_cell)["grade_id"] + "-worked")[-64:]
    cell.metadata["tags"] = ["worked-solution"]
    return cell


def add_worked_solutions(student, teacher) -> int:
    """Inserts a worked solution after each exercise: after the check cells that follow its
    solution cell (or after the solution cell itself when no check follows)."""
    answers = {nbgrader_meta(c)["grade_id"]: c for c in teacher.cells if is_solution(c)}
    out, added, i = [], 0, 0
    cells = student.cells
    while i < len(cells):
        cell = cells[i]
        out.append(cell)
        i += 1
        if is_solution(cell):
            while i < len(cells) and run_notebooks.is_check_cell(cells[i]):
                out.append(cells[i])
                i += 1
            out.append(worked_solution(answers[nbgrader_meta(cell)["grade_id"]]))
            added += 1
    student.cells = out
    return added


def make_student(src: pathlib.Path, out: pathlib.Path, assignment: str, worked: bool) -> None:
    t0 = time.monotonic()
    sources = course_notebooks(src)
    with_exercises = [p for p in sources if has_exercises(nbformat.read(p, as_version=4))]
    source_dir, release_dir = COURSE / "source" / assignment, COURSE / "release" / assignment
    for d in (source_dir, release_dir):
        shutil.rmtree(d, ignore_errors=True)
    source_dir.mkdir(parents=True)
    for p in with_exercises:
        nb = nbformat.read(p, as_version=4)
        was = upgrade_ids(nb)
        if was is not None:
            print(f"[assignment] {p.name} is nbformat 4.{was} with cell ids, which nbgrader rejects as invalid;"
                  f" given to nbgrader as 4.5 with an id on every cell (fix: open and save it in JupyterLab 4)")
        nbformat.write(nb, source_dir / p.name)
    if with_exercises:
        nbgrader("generate_assignment", assignment, "--force", "--create")

    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    worked_count = 0
    for p in sources:
        if p not in with_exercises:
            shutil.copyfile(p, out / p.name)  # passes through unchanged (a fresh mtime: make sees it new)
            continue
        student = nbformat.read(release_dir / p.name, as_version=4)
        if worked:
            worked_count += add_worked_solutions(student, nbformat.read(p, as_version=4))
        nbformat.write(student, out / p.name)
    print(f"student version: {len(sources)} notebooks in {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out} "
          f"({len(with_exercises)} with exercises, {worked_count} worked solutions; the rest copied unchanged), "
          f"nbgrader release in {release_dir.relative_to(ROOT)} ({time.monotonic() - t0:.1f} s)")


def check_cells(nb) -> list:
    return [c for c in nb.cells if run_notebooks.is_check_cell(c)]


def shows_tick(cell) -> bool:
    """The check's ✔: printed, or the cell's value."""
    for o in cell.get("outputs", []):
        text = o.get("text", "") if o.get("output_type") == "stream" else o.get("data", {}).get("text/plain", "")
        if "✔" in ("".join(text) if isinstance(text, list) else text):
            return True
    return False


def autograde(assignment: str, submissions: dict[str, pathlib.Path], names: list[str], execute: bool) -> dict:
    """Runs `nbgrader autograde` on each submission (student id -> folder of executed notebooks);
    returns {student: {notebook: (score, max_score, [per-cell auto scores])}}."""
    from nbgrader.api import Gradebook

    for student, folder in submissions.items():
        dest = COURSE / "submitted" / student / assignment
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)
        for name in names:
            nb = nbformat.read(folder / name, as_version=4)
            upgrade_ids(nb)  # as given to generate_assignment
            nbformat.write(nb, dest / name)
    grade_outputs = [] if execute else [
        # grade the outputs these notebooks already have: no ClearOutput, no Execute
        "--Autograde.sanitize_preprocessors=nbgrader.preprocessors.DeduplicateIds",
        "--Autograde.sanitize_preprocessors=nbgrader.preprocessors.OverwriteKernelspec",
        "--Autograde.sanitize_preprocessors=nbgrader.preprocessors.OverwriteCells",
        "--Autograde.sanitize_preprocessors=nbgrader.preprocessors.CheckCellMetadata",
        "--Autograde.autograde_preprocessors=nbgrader.preprocessors.LimitOutput",
        "--Autograde.autograde_preprocessors=nbgrader.preprocessors.SaveAutoGrades",
        "--Autograde.autograde_preprocessors=nbgrader.preprocessors.AssignLatePenalties",
        "--Autograde.autograde_preprocessors=nbgrader.preprocessors.CheckCellMetadata",
    ]
    nbgrader("autograde", assignment, "--force", "--create", *grade_outputs)
    scores = {}
    with Gradebook(f"sqlite:///{COURSE / 'gradebook.db'}") as gb:
        for student in submissions:
            scores[student] = {}
            for name in names:
                sub = gb.find_submission_notebook(name[:-len(".ipynb")], assignment, student)
                cells = [g.auto_score for g in sub.grades]
                scores[student][name] = (sub.score, sub.max_score, cells)
    return scores


def check(args) -> int:
    t0 = time.monotonic()
    sources = [args.src / n.name for n in args.notebooks] or course_notebooks(args.src)
    failed = 0
    exercise_names, checks_total = [], 0
    args.out.mkdir(parents=True, exist_ok=True)
    todo = []  # (notebook, its check cells' ticks in the teacher's run) to execute as a student
    for p in sources:
        teacher_path = args.teacher / p.name
        if not teacher_path.is_file():
            print(f"{p.name:40s} FAILED: no executed teacher version in {args.teacher}; run tools/run_notebooks.py first")
            failed += 1
            continue
        teacher = nbformat.read(teacher_path, as_version=4)
        if not has_exercises(teacher):
            shutil.copy2(teacher_path, args.out / p.name)  # the same notebook: its teacher run serves
            continue
        student_path = args.student_dir / p.name
        if not student_path.is_file() or student_path.stat().st_mtime < p.stat().st_mtime:
            print(f"{p.name:40s} FAILED: {student_path} is missing or older than {p}; run tools/assignment.py student")
            failed += 1
            continue
        todo.append((p, [shows_tick(c) for c in check_cells(teacher)]))
    # Each run starts its own kernel, and a kernel's start keeps about one core busy: two runs at a
    # time overlap one's start with the other's cells. Results are printed in course order.
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
        runs = [None if args.grade_only else
                pool.submit(run_notebooks.run, args.student_dir / p.name, args.out, args.budget, True)
                for p, _ in todo]
        for (p, ticks), future in zip(todo, runs):
            if future is None:  # the executed student copy of an earlier check
                ok, line = (args.out / p.name).is_file(), f"{p.name:40s} (executed earlier)"
            else:
                ok, line = future.result()
            if ok and not all(ticks):
                ok, line = False, line + f"\n  FAILED: the teacher's run shows ✔ in {sum(ticks)} of {len(ticks)} check cells"
            print(line, flush=True)
            failed += not ok
            if ok:  # the failed ones are not graded: their outputs stop at the failure
                exercise_names.append(p.name)
                checks_total += len(ticks)
    run_wall = time.monotonic() - t0
    if not exercise_names:
        print(f"assignment: nothing to grade, {failed} failed")
        return 1 if failed else 0

    t1 = time.monotonic()
    scores = autograde(args.assignment, {"teacher": args.teacher, "student": args.out}, exercise_names,
                       args.regrade_by_executing)
    totals = {s: [0.0, 0.0] for s in scores}
    for name in exercise_names:
        (ts, tm, tc), (ss, sm, sc) = scores["teacher"][name], scores["student"][name]
        bad = []
        if ts != tm or any(c is None for c in tc):
            bad.append(f"the teacher's version scores {ts:g}/{tm:g} (cells {tc}), not full points")
        if ss != 0:
            bad.append(f"the student version scores {ss:g}/{sm:g} (cells {sc}), not zero")
        print(f"{name:40s} autograde: teacher {ts:g}/{tm:g}, student {ss:g}/{sm:g} points"
              f" ({len(tc)} check cells)" + "".join(f"\n  FAILED: {b}" for b in bad))
        failed += bool(bad)
        for s, (sc_, mx, _) in (("teacher", scores["teacher"][name]), ("student", scores["student"][name])):
            totals[s][0] += sc_
            totals[s][1] += mx
    print(f"assignment: {len(sources)} notebooks, {len(exercise_names)} with exercises graded, {checks_total} checks"
          f" (teacher ✔, student \"not yet\"; {run_wall:.1f} s); nbgrader autograde: teacher "
          f"{totals['teacher'][0]:g}/{totals['teacher'][1]:g}, student {totals['student'][0]:g}/"
          f"{totals['student'][1]:g} points ({time.monotonic() - t1:.1f} s); {failed} failed")
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    for name in ("student", "check"):
        p = sub.add_parser(name)
        p.add_argument("--src", type=pathlib.Path, default=ROOT / "notebooks", help="the teacher's version")
        p.add_argument("--assignment", default="course", help="nbgrader's assignment name (default: course)")
    s = sub.choices["student"]
    s.add_argument("--out", type=pathlib.Path, default=ROOT / "student")
    s.add_argument("--no-worked-solutions", dest="worked", action="store_false",
                   help="leave the worked solutions out (a graded assignment)")
    c = sub.choices["check"]
    c.add_argument("notebooks", nargs="*", type=pathlib.Path, help="names in --src (default: all of them)")
    c.add_argument("--student-dir", type=pathlib.Path, default=ROOT / "student")
    c.add_argument("--teacher", type=pathlib.Path, default=ROOT / "target" / "executed")
    c.add_argument("--out", type=pathlib.Path, default=ROOT / "target" / "executed-student")
    c.add_argument("--budget", type=float, default=60.0, help="seconds per notebook (default 60)")
    c.add_argument("--jobs", type=int, default=2, help="student versions executed at a time (default 2)")
    c.add_argument("--regrade-by-executing", action="store_true",
                   help="let nbgrader autograde execute the submissions again (as for a real class)")
    c.add_argument("--grade-only", action="store_true",
                   help="do not execute: autograde the executed student copies an earlier check left in --out")
    args = ap.parse_args()
    if args.command == "student":
        make_student(args.src.resolve(), args.out.resolve(), args.assignment, args.worked)
        return 0
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
