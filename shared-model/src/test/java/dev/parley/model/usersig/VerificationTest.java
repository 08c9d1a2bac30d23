package dev.parley.model.usersig;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.parley.model.error.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationTest {

    @Test
    void should_carry_validity_window_when_successful() {
        Verification v = Verification.success(Instant.ofEpochSecond(1), Instant.ofEpochSecond(2), null);

        assertThat(v.ok()).isTrue();
        assertThat(v.errorCode()).isEqualTo(ErrorCode.SUCCESS);
        assertThat(v.expiresAt()).isEqualTo(Instant.ofEpochSecond(2));
    }

    @Test
    void should_carry_only_code_and_reason_when_failed() {
        Verification v = Verification.failure(ErrorCode.USERSIG_EXPIRED, "expired");

        assertThat(v.ok()).isFalse();
        assertThat(v.errorCode()).isEqualTo(ErrorCode.USERSIG_EXPIRED);
        assertThat(v.initTime()).isNull();
        assertThat(v.expiresAt()).isNull();
    }

    @Test
    void should_throw_when_invariants_are_broken() {
        assertThatThrownBy(() -> Verification.failure(ErrorCode.SUCCESS, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verification(ErrorCode.SUCCESS, "", null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Verification(ErrorCode.USERSIG_EXPIRED, "x", Instant.EPOCH, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
