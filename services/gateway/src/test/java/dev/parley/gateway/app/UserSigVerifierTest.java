package dev.parley.gateway.app;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.usersig.UserSigCodec;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification cache never answers for a stale key, an expired sig or a kicked account. */
class UserSigVerifierTest {
    static final long APP = 1_400_000_001L;
    static final String KEY = "0123456789abcdef0123456789abcdef";

    final UserSigVerifier verifier = new UserSigVerifier();

    @Test
    void should_remember_a_good_sig_and_answer_it_again() {
        String sig = UserSigCodec.generate(APP, KEY, "admin");
        Instant now = Instant.now();
        assertThat(verifier.verify(sig, APP, "admin", KEY, 1, null, now)).isEqualTo(ErrorCode.SUCCESS);
        assertThat(verifier.verify(sig, APP, "admin", KEY, 1, null, now)).isEqualTo(ErrorCode.SUCCESS);
        assertThat(verifier.size()).isEqualTo(1);
    }

    @Test
    void should_verify_again_with_the_new_key_after_a_reset() {
        String sig = UserSigCodec.generate(APP, KEY, "admin");
        Instant now = Instant.now();
        assertThat(verifier.verify(sig, APP, "admin", KEY, 1, null, now)).isEqualTo(ErrorCode.SUCCESS);
        assertThat(verifier.verify(sig, APP, "admin", "another-key-another-key-0000", 2, null, now))
                .isEqualTo(ErrorCode.USERSIG_KEY_MISMATCH);
    }

    @Test
    void should_answer_expired_when_a_cached_sig_runs_out() {
        long issued = Instant.now().getEpochSecond();
        String sig = UserSigCodec.generate(APP, KEY, "admin", 60, issued);
        assertThat(verifier.verify(sig, APP, "admin", KEY, 1, null, Instant.ofEpochSecond(issued + 1)))
                .isEqualTo(ErrorCode.SUCCESS);
        assertThat(verifier.verify(sig, APP, "admin", KEY, 1, null, Instant.ofEpochSecond(issued + 61)))
                .isEqualTo(ErrorCode.USERSIG_EXPIRED);
    }

    @Test
    void should_answer_70052_for_a_sig_generated_before_the_last_kick() {
        long issued = Instant.now().getEpochSecond() - 10;
        String sig = UserSigCodec.generate(APP, KEY, "bob", 3600, issued);
        Instant now = Instant.now();
        assertThat(verifier.verify(sig, APP, "bob", KEY, 1, Instant.ofEpochSecond(issued), now))
                .isEqualTo(ErrorCode.USERSIG_INVALIDATED);
        assertThat(verifier.verify(sig, APP, "bob", KEY, 1, Instant.ofEpochSecond(issued - 1), now))
                .isEqualTo(ErrorCode.SUCCESS);
    }
}
