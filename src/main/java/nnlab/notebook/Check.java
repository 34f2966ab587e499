package nnlab.notebook;

/**
 * The outcome a notebook's text predicts, checked where the notebook shows it.
 *
 * <p>Course notebooks end each experiment with a short cell such as
 * {@code Check.that(l1Zeros > 0.3, "L1 set %.0f%% of the weights to exactly zero", 100 * l1Zeros)}.
 * In a notebook it prints a line starting with ✔; when the prediction does not hold it throws,
 * so the notebook runner fails the run and names the cell, instead of shipping a page whose
 * text says one thing and whose plot shows another.
 */
public final class Check {

    private Check() {}

    /**
     * @param holds whether the predicted outcome happened
     * @param what what was predicted, as a {@link String#format} pattern
     * @param args the pattern's arguments (the measured numbers)
     * @throws AssertionError naming the prediction and the numbers when {@code holds} is false
     */
    public static void that(boolean holds, String what, Object... args) {
        String text = String.format(what, args);
        if (!holds) {
            throw new AssertionError("The notebook predicted: " + text + ", but this run does not show it."
                    + " If you changed a setting above, that is expected; otherwise report it.");
        }
        // void on purpose: a returned value would be shown a second time as the cell's result
        System.out.println("✔ " + text);
    }
}
