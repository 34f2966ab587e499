package nnlab.plot;

/** How an axis maps numbers to distance: evenly, or by orders of magnitude. */
public enum Scale {
    /** Equal steps of the value are equal distances. */
    LINEAR,
    /**
     * Equal ratios are equal distances (1e-6, 1e-5, … evenly spaced): the scale for losses over
     * many epochs and gradient norms that shrink layer by layer. Values ≤ 0 cannot be drawn.
     */
    LOG
}
