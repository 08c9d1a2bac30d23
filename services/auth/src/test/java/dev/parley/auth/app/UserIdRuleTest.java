package dev.parley.auth.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tencent's UserID rule: 1 to 32 bytes of printable ASCII. */
class UserIdRuleTest {
    @Test
    void should_accept_printable_ascii_up_to_32_bytes() {
        assertThat(AccountService.validUserId("alice")).isTrue();
        assertThat(AccountService.validUserId("user_01-A.b@c")).isTrue();
        assertThat(AccountService.validUserId("x".repeat(32))).isTrue();
    }

    @Test
    void should_refuse_empty_long_or_non_printable_ids() {
        assertThat(AccountService.validUserId(null)).isFalse();
        assertThat(AccountService.validUserId("")).isFalse();
        assertThat(AccountService.validUserId("x".repeat(33))).isFalse();
        assertThat(AccountService.validUserId("tab\tid")).isFalse();
        assertThat(AccountService.validUserId("用户")).isFalse();
    }
}
