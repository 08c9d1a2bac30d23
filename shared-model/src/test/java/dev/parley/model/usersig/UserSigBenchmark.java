package dev.parley.model.usersig;

import java.util.Locale;

/**
 * Single-thread throughput of {@link UserSigCodec#verify} (not a test; run {@code main} by hand). Warms up for 3 s,
 * then measures for 5 s, verifying the §3.5 vector, and a tampered and a foreign-key UserSig for comparison.
 */
public final class UserSigBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    private UserSigBenchmark() {}

    public static void main(String[] args) {
        String valid = SigFixtures.VECTOR_USERSIG;
        long now = SigFixtures.TIME + 60;
        String generated = UserSigCodec.generate(SigFixtures.APP, SigFixtures.KEY, SigFixtures.ID, 15_552_000, now);
        run("verify valid (vector)", valid, now, SigFixtures.KEY);
        run("verify valid (180-day, generated)", generated, now, SigFixtures.KEY);
        run("verify wrong key (70009)", valid, now, "other-key");
        long sink = 0;
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() - start < MEASURE_NANOS) {
            sink += UserSigCodec.generate(SigFixtures.APP, SigFixtures.KEY, SigFixtures.ID, 86_400, now + count)
                    .length();
            count++;
        }
        report("generate", count, System.nanoTime() - start, sink);
    }

    private static void run(String name, String userSig, long now, String key) {
        long sink = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            sink += UserSigCodec.verify(userSig, SigFixtures.APP, key, SigFixtures.ID, now)
                    .errorCode()
                    .code();
        }
        long count = 0;
        start = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < 1000; i++) {
                sink += UserSigCodec.verify(userSig, SigFixtures.APP, key, SigFixtures.ID, now)
                        .errorCode()
                        .code();
            }
            count += 1000;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        report(name, count, elapsed, sink);
    }

    private static void report(String name, long count, long elapsedNanos, long sink) {
        double perSecond = count * 1e9 / elapsedNanos;
        System.out.printf(
                Locale.ROOT,
                "%-36s %,12.0f ops/s  %7.2f us/op  (%d ops, sink %d)%n",
                name,
                perSecond,
                elapsedNanos / 1e3 / count,
                count,
                sink & 1);
    }
}
