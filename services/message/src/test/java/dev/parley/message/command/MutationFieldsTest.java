package dev.parley.message.command;

import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dev.parley.message.store.MessageEdits;
import dev.parley.message.store.MessageEdits.Content;
import dev.parley.model.message.MsgScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MutationFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"new\"}}]";
    private static final Content STORED =
            new Content("[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"old\"}}]", "old-cc");

    @Test
    void should_keep_the_stored_body_when_only_custom_data_changes() {
        Content next = MutationFields.change(json("{\"CloudCustomData\":\"cc\"}"), MsgScope.C2C, 90001)
                .apply(STORED);
        assertThat(next).isEqualTo(new Content(STORED.body(), "cc"));
    }

    @Test
    void should_keep_the_stored_custom_data_when_only_the_body_changes() {
        Content next = MutationFields.change(json("{\"MsgBody\":" + TEXT + "}"), MsgScope.GROUP, 10004)
                .apply(STORED);
        assertThat(next.cloudCustomData()).isEqualTo("old-cc");
        assertThat(next.body()).contains("new");
    }

    @Test
    void should_refuse_an_edit_without_body_and_custom_data() {
        assertThatThrownBy(() -> MutationFields.change(json("{}"), MsgScope.C2C, 90001))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(90001));
    }

    @Test
    void should_answer_the_scope_codes_for_a_bad_body() {
        assertThatThrownBy(() -> MutationFields.change(json("{\"MsgBody\":{}}"), MsgScope.C2C, 90001))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(90007));
        assertThatThrownBy(() -> MutationFields.change(json("{\"MsgBody\":{}}"), MsgScope.GROUP, 10004))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(10004));
    }

    @Test
    void should_refuse_custom_data_that_makes_the_stored_message_too_long() {
        UnaryOperator<Content> change = MutationFields.change(
                json("{\"CloudCustomData\":\"" + "x".repeat(12 * 1024) + "\"}"), MsgScope.C2C, 90001);
        assertThatThrownBy(() -> change.apply(STORED))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(93000));
    }

    @Test
    void should_accept_one_to_ten_msg_seqs_only() {
        assertThat(MutationFields.msgSeqList(json("{\"MsgSeqList\":[{\"MsgSeq\":3},{\"MsgSeq\":1}]}")))
                .containsExactly(3L, 1L);
        assertThatThrownBy(() -> MutationFields.msgSeqList(json("{\"MsgSeqList\":[]}")))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(10004));
        StringBuilder eleven = new StringBuilder("{\"MsgSeqList\":[");
        for (int i = 1; i <= 11; i++) {
            eleven.append(i == 1 ? "" : ",").append("{\"MsgSeq\":").append(i).append('}');
        }
        assertThatThrownBy(() -> MutationFields.msgSeqList(json(eleven + "]}")))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(10004));
        assertThatThrownBy(() -> MutationFields.msgSeqList(json("{\"MsgSeqList\":[{\"MsgSeq\":-1}]}")))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(10004));
    }

    @Test
    void should_accept_one_to_thirty_msg_keys_only() {
        assertThat(MutationFields.msgKeyList(json("{\"MsgKeyList\":[\"1_2_3\",\"bad\"]}")))
                .containsExactly("1_2_3", "bad");
        assertThatThrownBy(() -> MutationFields.msgKeyList(json("{}")))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(90001));
        assertThatThrownBy(() ->
                        MutationFields.msgKeyList(json("{\"MsgKeyList\":[" + "\"1_1_1\",".repeat(30) + "\"1_1_1\"]}")))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(90001));
    }

    @Test
    void should_refuse_topics() {
        MutationFields.refuseTopic(json("{\"TopicId\":\"\"}"));
        assertThatThrownBy(() -> MutationFields.refuseTopic(json("{\"TopicId\":\"g@TOPIC#1\"}")))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(10004));
    }

    @Test
    void should_answer_recall_ret_codes() {
        assertThat(GroupMsgRecallCommand.retCode(MessageEdits.Status.APPLIED)).isZero();
        assertThat(GroupMsgRecallCommand.retCode(MessageEdits.Status.NOT_FOUND)).isEqualTo(10030);
        assertThat(GroupMsgRecallCommand.retCode(MessageEdits.Status.RECALLED)).isEqualTo(10032);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
