package nnlab.train;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import nnlab.data.Dataset;

/**
 * k-fold cross-validation: the data is cut into k folds ({@link Dataset#kFold}); k times, a fresh
 * model is trained on k − 1 folds and scored on the fold it did not see. The k scores estimate how
 * the model does on new data, and their spread says how much one train/validation split can be
 * trusted: a single split gives one of these k numbers, without telling which.
 *
 * <pre>{@code
 *   var scores = CrossValidation.kFold(data, 5, 1, fold -> {
 *       var net = Net.input(2).dense(16, Activation.relu()).dense(1, Activation.sigmoid()).seed(1).build();
 *       net.train(fold.first()).optimizer(Optimizer.adam(0.01)).epochs(100).run();
 *       return net.evaluate(fold.second()).metric("accuracy");
 *   });
 *   scores.mean(); scores.std();
 * }</pre>
 */
public final class CrossValidation {

    private CrossValidation() {}

    /**
     * Trains and scores once per fold.
     *
     * @param trainAndScore builds a fresh model, trains it on {@code fold.first()} and returns its
     *                      score on {@code fold.second()} (the validation fold)
     */
    public static Scores kFold(Dataset data, int k, long seed, ToDoubleFunction<Dataset.Split> trainAndScore) {
        Training.given(data, "data set", "CrossValidation.kFold(data, 5, 1, fold -> …)");
        Training.given(trainAndScore, "scoring function", "fold -> net.evaluate(fold.second()).metric(\"accuracy\")");
        List<Dataset.Split> folds = data.kFold(k, seed);
        double[] scores = new double[k];
        for (int i = 0; i < k; i++) {
            scores[i] = trainAndScore.applyAsDouble(folds.get(i));
            if (!Double.isFinite(scores[i])) {
                throw new IllegalStateException("Fold " + (i + 1) + " of " + k + " scored " + scores[i] + "; return a"
                        + " finite number from the scoring function (did training diverge?). Received: score="
                        + scores[i] + " for fold " + (i + 1));
            }
        }
        return new Scores(scores);
    }

    /** One score per fold, with their mean and spread. */
    public record Scores(double[] values) {

        public Scores {
            Training.given(values, "values", "one score per fold");
            if (values.length == 0) {
                throw new IllegalArgumentException("Scores need at least one fold's score. Received: values=[]");
            }
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** The mean over the folds, the cross-validation estimate. */
        public double mean() {
            return Arrays.stream(values).average().orElse(Double.NaN);
        }

        /** The sample standard deviation over the folds, √(Σ (sᵢ − mean)² / (k − 1)). */
        public double std() {
            double m = mean();
            double ss = 0;
            for (double v : values) {
                ss += (v - m) * (v - m);
            }
            return values.length < 2 ? 0 : Math.sqrt(ss / (values.length - 1));
        }

        public double min() {
            return Arrays.stream(values).min().orElse(Double.NaN);
        }

        public double max() {
            return Arrays.stream(values).max().orElse(Double.NaN);
        }

        @Override
        public String toString() {
            StringBuilder folds = new StringBuilder();
            for (double v : values) {
                folds.append(folds.length() == 0 ? "" : ", ").append(String.format("%.3f", v));
            }
            return String.format("%.3f ± %.3f over %d folds (%s)", mean(), std(), values.length, folds);
        }
    }
}
