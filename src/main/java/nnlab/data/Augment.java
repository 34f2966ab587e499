package nnlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * Data augmentation: a random transform of each training example, drawn afresh every time the
 * example is used, so that the net never sees exactly the same input twice and cannot memorise
 * it. Immutable; chain transforms with {@link #then}. Given to a run with
 * {@code net.train(data).augment(Augment.shift(1))}, it transforms each batch of every epoch
 * (a fresh draw each epoch, reproducible from the run's seed); validation data is never
 * transformed. {@link #apply(Dataset, long)} returns one augmented copy, to look at.
 *
 * <p>The transforms, for one example x (a row of d features) and z ~ N(0, 1) drawn per entry:
 * <pre>
 *   jitter(σ)         x'_j = x_j + σ z_j                          any features (points)
 *   noise(σ)          x'_j = min(1, max(0, x_j + σ z_j))          pixels in [0, 1]
 *   shift(p)          x'(r, c) = x(r − Δr, c − Δc), 0 outside      images; Δr, Δc uniform on {−p, …, p}
 *   flipHorizontal()  x'(r, c) = x(r, s − 1 − c) with probability ½   images (a mirror image)
 * </pre>
 * An image is a row of d = s × s pixels, row after row (pixel (r, c) is feature r·s + c), as
 * {@link FashionMnist} and {@link Datasets#digits()} store them; a shift moves the picture by
 * whole pixels and fills what it uncovers with 0 (the background of those sets). The image
 * transforms reject data whose feature count is not a square, since its width is then unknown.
 *
 * <p>Only the features change; the targets stay: the transforms must be ones that do not change
 * the class (a shirt moved by a pixel is still a shirt; a 6 flipped is not a 6, so flip digits
 * with care). Transforming a batch in place allocates nothing.
 */
public final class Augment {

    /** One transform of the rows of a batch, in place. */
    private interface Step {
        void apply(DMatrixRMaj x, Random rng);
    }

    private final List<Step> steps;
    private final String description;
    /** Whether a step needs square images / pixels in [0, 1]. */
    private final boolean images;
    private final boolean unitRange;
    /** The largest shift of the chain (checked against the image side); 0 for none. */
    private final int maxShift;

    private Augment(List<Step> steps, String description, boolean images, boolean unitRange, int maxShift) {
        this.steps = steps;
        this.description = description;
        this.images = images;
        this.unitRange = unitRange;
        this.maxShift = maxShift;
    }

    private static Augment of(Step step, String description, boolean images, boolean unitRange) {
        return new Augment(List.of(step), description, images, unitRange, 0);
    }

    /**
     * Gaussian jitter for points: x'_j = x_j + σ z_j, z_j ~ N(0, 1), each feature of each example.
     *
     * @param sigma σ ≥ 0, in the units of the features (0 leaves the data as it is)
     */
    public static Augment jitter(double sigma) {
        requireSigma(sigma, "jitter");
        return of((x, rng) -> {
            for (int i = 0; i < x.getNumElements(); i++) {
                x.data[i] += sigma * rng.nextGaussian();
            }
        }, "jitter(" + sigma + ")", false, false);
    }

    /**
     * Pixel noise for images scaled to [0, 1]: x'_j = min(1, max(0, x_j + σ z_j)), so the result
     * is still a picture. The run checks that every feature lies in [0, 1]; for other data use
     * {@link #jitter}.
     *
     * @param sigma σ ≥ 0, in units of the full grey range
     */
    public static Augment noise(double sigma) {
        requireSigma(sigma, "noise");
        return of((x, rng) -> {
            for (int i = 0; i < x.getNumElements(); i++) {
                x.data[i] = Math.min(1, Math.max(0, x.data[i] + sigma * rng.nextGaussian()));
            }
        }, "noise(" + sigma + ")", false, true);
    }

    /**
     * Moves each image by Δr rows and Δc columns, each drawn uniformly from {−p, …, p} (so with
     * p = 1, one of 9 positions, the original included): x'(r, c) = x(r − Δr, c − Δc), and 0 where
     * r − Δr or c − Δc falls outside the image.
     *
     * @param pixels p ≥ 1, less than the image's side
     */
    public static Augment shift(int pixels) {
        if (pixels < 1) {
            throw new IllegalArgumentException("Shift by at least 1 pixel, e.g. Augment.shift(1). Received: pixels="
                    + pixels);
        }
        return new Augment(List.of((x, rng) -> {
            int s = side(x.numCols);
            for (int row = 0; row < x.numRows; row++) {
                int dr = rng.nextInt(2 * pixels + 1) - pixels;
                int dc = rng.nextInt(2 * pixels + 1) - pixels;
                shiftImage(x.data, row * x.numCols, s, dr, dc);
            }
        }), "shift(" + pixels + ")", true, false, pixels);
    }

    /** Mirrors each image left to right with probability ½: x'(r, c) = x(r, s − 1 − c). */
    public static Augment flipHorizontal() {
        return of((x, rng) -> {
            int s = side(x.numCols);
            for (int row = 0; row < x.numRows; row++) {
                if (rng.nextBoolean()) {
                    mirror(x.data, row * x.numCols, s);
                }
            }
        }, "flipHorizontal()", true, false);
    }

    /** This transform, then {@code next} on its result. */
    public Augment then(Augment next) {
        if (next == null) {
            throw new IllegalArgumentException("Give the transform to apply next, e.g. shift(1).then(Augment.flipHorizontal())."
                    + " Received: next=null");
        }
        List<Step> all = new ArrayList<>(steps);
        all.addAll(next.steps);
        return new Augment(List.copyOf(all), description + ".then(" + next.description + ")", images || next.images,
                unitRange || next.unitRange, Math.max(maxShift, next.maxShift));
    }

    /**
     * Checks that every transform fits {@code data}: the image transforms need d = s × s features
     * and a shift smaller than s; {@link #noise} needs every feature in [0, 1].
     *
     * @throws IllegalArgumentException naming the feature count, the shift or the value out of range, and the fix
     */
    public void requireFits(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("Give the data to augment, e.g. Augment.shift(1).apply(train, 1)."
                    + " Received: data=null");
        }
        int d = data.features();
        if (images) {
            int s = (int) Math.round(Math.sqrt(d));
            if (s * s != d) {
                throw new IllegalArgumentException(description + " transforms square images of s × s pixels, but "
                        + d + " features is not a square number, so the image width is unknown; for points use"
                        + " Augment.jitter(σ). Received: features=" + d);
            }
            if (maxShift >= s) {
                throw new IllegalArgumentException("A shift must be smaller than the image side (" + s + " pixels),"
                        + " or it moves the whole picture out; e.g. Augment.shift(1). Received: pixels=" + maxShift);
            }
        }
        if (unitRange) {
            DMatrixRMaj x = data.xView();
            for (int i = 0; i < x.getNumElements(); i++) {
                if (x.data[i] < 0 || x.data[i] > 1) {
                    throw new IllegalArgumentException("noise(σ) is for pixels scaled to [0, 1] (it keeps them there);"
                            + " scale the data with Normalizer, or use Augment.jitter(σ). Received: " + x.data[i]
                            + " at row " + i / x.numCols + ", column " + i % x.numCols);
                }
            }
        }
    }

    /**
     * Transforms every row of {@code x} in place, drawing from {@code rng}; allocates nothing.
     * The caller has checked the data with {@link #requireFits}.
     *
     * @param x   a batch, one example per row. Modified.
     * @param rng the random draws. Modified.
     */
    public void transform(DMatrixRMaj x, Random rng) {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).apply(x, rng);
        }
    }

    /**
     * An augmented copy of {@code data} (targets and names kept), drawn with {@code seed}: one
     * draw of what a training epoch would see. {@code data} is not modified.
     */
    public Dataset apply(Dataset data, long seed) {
        requireFits(data);
        DMatrixRMaj x = data.x();
        transform(x, new Random(seed));
        return Dataset.adopt(x, data.yView()).withNames(data.featureNames(), data.classNames());
    }

    @Override
    public String toString() { return "Augment." + description; }

    private static void requireSigma(double sigma, String name) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("The standard deviation of " + name + "(σ) must be finite and >= 0,"
                    + " e.g. Augment." + name + "(0.1). Received: sigma=" + sigma);
        }
    }

    private static int side(int d) { return (int) Math.round(Math.sqrt(d)); }

    /**
     * Moves the s × s image at {@code data[offset …]} by (dr, dc) in place: x'(r, c) = x(r − dr, c − dc),
     * 0 outside. The loops run against the direction of the move, so every pixel is read before it is overwritten.
     */
    static void shiftImage(double[] data, int offset, int s, int dr, int dc) {
        for (int k = 0; k < s; k++) {
            int r = dr > 0 ? s - 1 - k : k;
            for (int m = 0; m < s; m++) {
                int c = dc > 0 ? s - 1 - m : m;
                int r0 = r - dr;
                int c0 = c - dc;
                data[offset + r * s + c] = r0 >= 0 && r0 < s && c0 >= 0 && c0 < s ? data[offset + r0 * s + c0] : 0;
            }
        }
    }

    /** Mirrors the s × s image at {@code data[offset …]} left to right in place: x'(r, c) = x(r, s − 1 − c). */
    static void mirror(double[] data, int offset, int s) {
        for (int r = 0; r < s; r++) {
            int row = offset + r * s;
            for (int c = 0; c < s / 2; c++) {
                double t = data[row + c];
                data[row + c] = data[row + s - 1 - c];
                data[row + s - 1 - c] = t;
            }
        }
    }
}
