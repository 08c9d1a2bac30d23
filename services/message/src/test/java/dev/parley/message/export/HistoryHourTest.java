package dev.parley.message.export;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryHourTest {
    @Test
    void should_read_msg_time_as_a_beijing_hour() {
        HistoryHour hour = HistoryHour.parse("2015120121").orElseThrow();
        assertThat(hour.start()).isEqualTo(Instant.parse("2015-12-01T13:00:00Z"));
        assertThat(hour.end()).isEqualTo(Instant.parse("2015-12-01T14:00:00Z"));
    }

    @Test
    void should_refuse_anything_but_ten_digits_of_a_real_hour() {
        assertThat(HistoryHour.parse("201512012")).isEmpty();
        assertThat(HistoryHour.parse("2015120124")).isEmpty();
        assertThat(HistoryHour.parse("2015023010")).isEmpty();
        assertThat(HistoryHour.parse("2015-12-01")).isEmpty();
        assertThat(HistoryHour.parse(null)).isEmpty();
    }

    @Test
    void should_place_a_message_time_in_its_beijing_hour() {
        long utcLateEvening = Instant.parse("2015-12-01T16:30:05Z").getEpochSecond(); // 00:30 on 2 Dec in Beijing
        assertThat(HistoryHour.of(utcLateEvening).text()).isEqualTo("2015120200");
        assertThat(HistoryHour.beijing(Instant.parse("2015-12-02T08:45:23Z"))).isEqualTo("2015-12-02 16:45:23");
    }
}
