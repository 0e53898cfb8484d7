package news.dateline.demo;

import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * Ranks 0..n-1 drawn with Zipf-like frequencies (the weight of rank r is 1 / (r + 1 + shift)^exponent),
 * in constant time by the alias method: a word list sampled this way has a few words in nearly every
 * text and a long tail of words in very few.
 */
final class Zipf {

    private final double[] probability;
    private final int[] alias;

    Zipf(int n, double exponent, double shift) {
        if (n < 1) {
            throw new IllegalArgumentException("Zipf over no ranks");
        }
        double[] weights = new double[n];
        double total = 0;
        for (int r = 0; r < n; r++) {
            weights[r] = 1 / Math.pow(r + 1 + shift, exponent);
            total += weights[r];
        }
        probability = new double[n];
        alias = new int[n];
        ArrayDeque<Integer> small = new ArrayDeque<>();
        ArrayDeque<Integer> large = new ArrayDeque<>();
        double[] scaled = new double[n];
        for (int r = 0; r < n; r++) {
            scaled[r] = weights[r] * n / total;
            (scaled[r] < 1 ? small : large).push(r);
        }
        while (!small.isEmpty() && !large.isEmpty()) {
            int less = small.pop();
            int more = large.pop();
            probability[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            (scaled[more] < 1 ? small : large).push(more);
        }
        while (!large.isEmpty()) {
            probability[large.pop()] = 1;
        }
        while (!small.isEmpty()) {
            probability[small.pop()] = 1;
        }
    }

    int size() {
        return probability.length;
    }

    int next(SplittableRandom random) {
        int r = random.nextInt(probability.length);
        return random.nextDouble() < probability[r] ? r : alias[r];
    }
}
