package dev.parley.message.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dev.parley.model.message.events.MessageCommitted;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRecordsTest {
    private static final String BODY = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]";

    private static MessageCommitted message(String kind) {
        boolean group = "GROUP".equals(kind);
        return new MessageCommitted(
                "1400000001",
                group ? "group:g1" : "c2c:amy:bob",
                kind,
                "amy",
                group ? null : "bob",
                group ? "g1" : null,
                7,
                group ? 7 : 123,
                456,
                1_449_000_000,
                group ? "g1_7" : "123_456_1449000000",
                BODY,
                "cc",
                null,
                "Normal",
                true,
                List.of(),
                null);
    }

    @Test
    void should_write_c2c_and_group_records_with_tencent_field_names() throws IOException {
        JsonNode c2c = new ObjectMapper().readTree(HistoryRecords.record(message("C2C")));
        assertThat(c2c.path("From_Account").asText()).isEqualTo("amy");
        assertThat(c2c.path("To_Account").asText()).isEqualTo("bob");
        assertThat(c2c.path("MsgTimestamp").asLong()).isEqualTo(1_449_000_000);
        assertThat(c2c.path("MsgSeq").asLong()).isEqualTo(123);
        assertThat(c2c.path("MsgRandom").asLong()).isEqualTo(456);
        assertThat(c2c.path("MsgKey").asText()).isEqualTo("123_456_1449000000");
        assertThat(c2c.path("MsgBody").toString()).isEqualTo(BODY);
        assertThat(c2c.path("CloudCustomData").asText()).isEqualTo("cc");
        assertThat(c2c.has("GroupId")).isFalse();

        JsonNode group = new ObjectMapper().readTree(HistoryRecords.record(message("GROUP")));
        assertThat(group.path("GroupId").asText()).isEqualTo("g1");
        assertThat(group.path("MsgSeq").asLong()).isEqualTo(7);
        assertThat(group.has("To_Account")).isFalse();
        assertThat(HistoryRecords.chatType(message("GROUP"))).isEqualTo("Group");
    }

    @Test
    void should_write_a_json_document_with_one_record_per_line() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryRecords.Writer writer = new HistoryRecords.Writer(out);
        writer.add("{\"a\":1}");
        writer.add("{\"a\":2}");
        writer.finish();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("{\"MsgList\":[\n{\"a\":1},\n{\"a\":2}\n]}\n");
        assertThat(new ObjectMapper().readTree(text).path("MsgList")).hasSize(2);
    }
}
