package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A generator of random test values, and {@link #forAll} to check a property against many of them.
 * Small on purpose: the properties here need weighted choices, concatenation and lists, and a failure
 * that names the seed that reproduces it ({@code -Dpreflight.seed=...}).
 */
@FunctionalInterface
public interface Gen<T> {
    /**
     * The seed of this run. Fixed by default, so that a build (and CI) is repeatable;
     * {@code -Dpreflight.seed=N} replays a reported failure, {@code -Dpreflight.seed=random} explores
     * with a new seed each run.
     */
    long SEED = seed();

    /** {@link #SEED} from {@code -Dpreflight.seed}. */
    static long seed() {
        String configured = System.getProperty("preflight.seed", "20261123");
        return configured.equals("random") ? new Random().nextLong() : Long.parseLong(configured);
    }

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default Gen<List<T>> list(int min, int max) {
        return random -> {
            int n = min + random.nextInt(max - min + 1);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(next(random));
            }
            return out;
        };
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return random -> values[random.nextInt(values.length)];
    }

    static <T> Gen<T> ofList(List<T> values) {
        return random -> values.get(random.nextInt(values.size()));
    }

    static Gen<Integer> between(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    /** Strings of {@code min} to {@code max} characters taken from {@code alphabet}. */
    static Gen<String> strings(String alphabet, int min, int max) {
        return random -> {
            int n = min + random.nextInt(max - min + 1);
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return s.toString();
        };
    }

    /** Strings of any UTF-16 code units, lone surrogates and controls included. */
    static Gen<String> anyChars(int max) {
        return random -> {
            int n = random.nextInt(max + 1);
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            return s.toString();
        };
    }

    /** The concatenation of one value of each part. */
    @SafeVarargs
    static Gen<String> concat(Gen<String>... parts) {
        return random -> {
            StringBuilder s = new StringBuilder();
            for (Gen<String> part : parts) {
                s.append(part.next(random));
            }
            return s.toString();
        };
    }

    /** One of {@code gens}, chosen with the weight given before it: {@code frequency(3, a, 1, b)}. */
    @SuppressWarnings("unchecked")
    static <T> Gen<T> frequency(Object... weightsAndGens) {
        int total = 0;
        for (int i = 0; i < weightsAndGens.length; i += 2) {
            total += (Integer) weightsAndGens[i];
        }
        int sum = total;
        return random -> {
            int pick = random.nextInt(sum);
            for (int i = 0; ; i += 2) {
                pick -= (Integer) weightsAndGens[i];
                if (pick < 0) {
                    return ((Gen<T>) weightsAndGens[i + 1]).next(random);
                }
            }
        };
    }

    /** {@code n} copies of {@code unit} joined, {@code n} from {@code min} to {@code max}. */
    static Gen<String> repeated(String unit, String separator, int min, int max) {
        return between(min, max).map(n -> String.join(separator, Collections.nCopies(n, unit)));
    }

    /**
     * Checks {@code property} against {@code tries} values of {@code gen}; a failure names the value,
     * the try and the seed that reproduces it.
     */
    static <T> void forAll(int tries, Gen<T> gen, Consumer<T> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < tries; i++) {
            T value = gen.next(random);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed on try " + (i + 1) + " of " + tries + " (-Dpreflight.seed="
                        + SEED + ") for " + printable(value) + ": " + e.getMessage(), e);
            }
        }
    }

    /** A value for a failure message: controls and non-ASCII escaped, long values cut. */
    static String printable(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && i < 300; i++) {
            char c = s.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return out + (s.length() > 300 ? "... (" + s.length() + " chars)" : "");
    }
}
