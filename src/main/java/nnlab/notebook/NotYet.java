package nnlab.notebook;

/**
 * Thrown by an exercise a student has not written yet.
 *
 * <p>In the student version of a notebook every worked solution (the lines between
 * {@code // BEGIN SOLUTION} and {@code // END SOLUTION} in the teacher's version) is replaced by
 * {@code throw new NotYet();}, so the exercise's method still compiles, and its check cell
 * answers "not yet" instead of a stack trace. For nbgrader's autograder a check cell that ends
 * in {@code NotYet} scores no points, like any other failed test.
 */
public final class NotYet extends RuntimeException {

    /** The message a student sees in the check cell. */
    public static final String MESSAGE = "not yet: write your answer in the cell above (replace the line"
            + " `throw new NotYet();`), run that cell, then run this check again";

    public NotYet() {
        super(MESSAGE);
    }
}
