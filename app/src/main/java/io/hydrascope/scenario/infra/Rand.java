package io.hydrascope.scenario.infra;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws used across the generator. Uses {@link StrictMath} and its own normal draw rather than
 * {@code nextGaussian} so that the same seed gives the same bytes on every JVM and CPU.
 */
public final class Rand {
    private Rand() {
    }

    public static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** A log-normal draw with the given median and log-space standard deviation. */
    public static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(rng));
    }

    public static double exponential(SplittableRandom rng, double mean) {
        return -mean * StrictMath.log(1.0 - rng.nextDouble());
    }

    /** A Pareto draw with minimum 1 and the given shape, capped at {@code cap}. */
    public static double pareto(SplittableRandom rng, double shape, double cap) {
        return Math.min(cap, StrictMath.pow(1.0 - rng.nextDouble(), -1.0 / shape));
    }

    /** A Poisson draw: exact for small means, normal approximation for large ones. */
    public static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double limit = StrictMath.exp(-mean);
            double product = rng.nextDouble();
            int n = 0;
            while (product > limit) {
                product *= rng.nextDouble();
                n++;
            }
            return n;
        }
        return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian(rng)));
    }

    public static boolean chance(SplittableRandom rng, double p) {
        return p > 0 && rng.nextDouble() < p;
    }

    public static <T> T pick(SplittableRandom rng, List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    public static <T> T pick(SplittableRandom rng, T[] array) {
        return array[rng.nextInt(array.length)];
    }

    /** Uniform in {@code [from, to)}; {@code from} when the range is empty. */
    public static long between(SplittableRandom rng, long from, long to) {
        return to > from ? from + rng.nextLong(to - from) : from;
    }

    /** Lowercase letters and digits, for ids. */
    public static String alnum(SplittableRandom rng, int length) {
        final String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = alphabet.charAt(rng.nextInt(alphabet.length()));
        }
        return new String(chars);
    }

    public static String hex(SplittableRandom rng, int length) {
        final String alphabet = "0123456789abcdef";
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = alphabet.charAt(rng.nextInt(16));
        }
        return new String(chars);
    }
}
