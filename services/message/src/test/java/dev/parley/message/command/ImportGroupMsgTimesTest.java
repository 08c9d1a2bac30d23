package dev.parley.message.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportGroupMsgTimesTest {
    private static final long NOW = 1_700_000_000L;
    private static final long CREATED = NOW - 10 * 86_400;

    @Test
    void should_refuse_a_send_time_not_later_than_the_groups_create_time() {
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(CREATED - 60, 0, CREATED, NOW))
                .isFalse();
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(CREATED, 0, CREATED, NOW))
                .isFalse();
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(CREATED + 1, 0, CREATED, NOW))
                .isTrue();
    }

    @Test
    void should_not_check_the_create_time_when_it_is_unknown() {
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(1, 0, 0, NOW)).isTrue();
    }

    @Test
    void should_refuse_a_missing_future_or_descending_send_time() {
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(0, 0, 0, NOW)).isFalse();
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(NOW + 1, 0, CREATED, NOW))
                .isFalse();
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(NOW - 100, NOW - 50, CREATED, NOW))
                .isFalse();
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(NOW - 50, NOW - 50, CREATED, NOW))
                .isTrue();
        assertThat(ImportGroupMsgCommand.sendTimeAllowed(NOW, NOW - 50, CREATED, NOW))
                .isTrue();
    }
}
