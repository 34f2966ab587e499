# nbgrader's configuration for the nnlab course (read by every `nbgrader ...` command run from the
# repository's root; tools/assignment.py runs them from here). See README "Teaching with nnlab".
#
# The teacher's version is notebooks/ (one source of truth). tools/assignment.py copies the
# notebooks that have exercises into build/nbgrader/source/<assignment>/ and runs
# `nbgrader generate_assignment`, which writes the student version to build/nbgrader/release/.
c = get_config()  # noqa: F821 (defined by traitlets when it loads this file)

c.CourseDirectory.root = "build/nbgrader"
c.CourseDirectory.course_id = "nnlab"

# The student's stub for a Java solution region: it compiles wherever the region is a method's
# whole body (or its end), and the exercise's check cell then answers "not yet"
# (nnlab.notebook.NotYet) instead of a compile error or a kernel crash.
c.ClearSolutions.code_stub = {
    "java": "// YOUR CODE HERE\nthrow new NotYet();",
    "python": "# YOUR CODE HERE\nraise NotImplementedError()",
}
c.ClearSolutions.begin_solution_delimeter = "BEGIN SOLUTION"  # as in `// BEGIN SOLUTION`
c.ClearSolutions.end_solution_delimeter = "END SOLUTION"

# nbgrader keys its comment syntax by kernel NAME (for ### AUTOTEST lines): Java comments for ours.
c.InstantiateTests.comment_strs = {"nnlab": "//", "java": "//", "python": "#", "python3": "#"}
c.InstantiateTests.sanitizers = {
    "nnlab": lambda s: s.strip('"'),
    "java": lambda s: s.strip('"'),
    "python": lambda s: s.strip('"').strip("'"),
    "python3": lambda s: s.strip('"').strip("'"),
}

# Autograding executes a submission in the `nnlab` kernel; a course notebook runs in < 60 s.
c.Execute.timeout = 120
