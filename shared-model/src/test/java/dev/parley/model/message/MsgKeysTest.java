package dev.parley.model.message;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.parley.model.message.MsgKeys.GroupMsgKind;

import static dev.parley.model.message.MsgFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MsgKeysTest {

    @Nested
    class C2cMsgKeys {

        @ParameterizedTest
        @CsvSource({
            // callback example of §7 and the admin_getroammsg example of §5.3.4
            "48374,2837546,1557481126,48374_2837546_1557481126",
            "549396494,2578554,1584669680,549396494_2578554_1584669680",
            // Appendix C
            "7,1287657,1700000000,7_1287657_1700000000",
            "0,0,0,0_0_0",
            "4294967295,4294967295,4294967295,4294967295_4294967295_4294967295",
        })
        void should_format_seq_random_time(long seq, long random, long time, String expected) {
            assertThat(MsgKeys.c2cMsgKey(seq, random, time)).isEqualTo(expected);
            assertThat(expected.length()).isLessThanOrEqualTo(MsgKeys.MAX_MSG_KEY_LENGTH);
            C2cMsgKey key = MsgKeys.parseC2cMsgKey(expected).orElseThrow();
            assertThat(key).isEqualTo(new C2cMsgKey(seq, random, time));
            assertThat(key.msgSeq()).isEqualTo(seq);
            assertThat(key.msgRandom()).isEqualTo(random);
            assertThat(key.msgTime()).isEqualTo(time);
            assertThat(key.toString()).isEqualTo(expected);
        }

        @Test
        void should_parse_the_documented_response_keys() {
            assertThat(MsgKeys.parseC2cMsgKey("1200345_2897655_1653892414"))
                    .contains(new C2cMsgKey(1200345, 2897655, 1653892414));
            assertThat(MsgKeys.parseC2cMsgKey("1213_1245_1653892414")).contains(new C2cMsgKey(1213, 1245, 1653892414));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(
                strings = {
                    "1_2",
                    "1_2_3_4",
                    "_1_2",
                    "1__2",
                    "1_2_",
                    "a_2_3",
                    "-1_2_3",
                    "+1_2_3",
                    "01_2_3",
                    "1_02_3",
                    " 1_2_3",
                    "1_2_3 ",
                    "1_2_4294967296",
                    "12345678901_2_3",
                    "1_2_3\n",
                    "１_2_3",
                })
        void should_reject_malformed_keys(String text) {
            assertThat(MsgKeys.parseC2cMsgKey(text)).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> C2cMsgKey.parse(text));
        }

        @Test
        void should_reject_keys_longer_than_50_characters() {
            String longKey = "1_2_" + "3".repeat(47);
            assertThat(longKey).hasSize(51);
            assertThat(MsgKeys.parseC2cMsgKey(longKey)).isEmpty();
        }

        @Test
        void should_reject_parts_outside_uint32() {
            assertThatIllegalArgumentException().isThrownBy(() -> new C2cMsgKey(-1, 0, 0));
            assertThatIllegalArgumentException().isThrownBy(() -> new C2cMsgKey(0, MsgKeys.MAX_UINT32 + 1, 0));
            assertThatIllegalArgumentException().isThrownBy(() -> MsgKeys.c2cMsgKey(0, 0, 1L << 32));
            assertThat(MsgKeys.isUint32(0)).isTrue();
            assertThat(MsgKeys.isUint32(4_294_967_295L)).isTrue();
            assertThat(MsgKeys.isUint32(4_294_967_296L)).isFalse();
            assertThat(MsgKeys.isUint32(-1)).isFalse();
        }

        @Test
        void should_round_trip_random_keys() {
            Random r = new Random(42);
            IntStream.range(0, 1000).forEach(i -> {
                C2cMsgKey k = new C2cMsgKey(
                        r.nextLong(MsgKeys.MAX_UINT32 + 1),
                        r.nextLong(MsgKeys.MAX_UINT32 + 1),
                        r.nextLong(MsgKeys.MAX_UINT32 + 1));
                assertThat(MsgKeys.parseC2cMsgKey(k.wire())).contains(k);
            });
        }

        record Recall(@JsonProperty("MsgKey") C2cMsgKey msgKey) {}

        @Test
        void should_travel_as_a_string_in_json() throws Exception {
            Recall r = JSON.readValue("{\"MsgKey\":\"48374_2837546_1557481126\"}", Recall.class);

            assertThat(r.msgKey()).isEqualTo(new C2cMsgKey(48374, 2837546, 1557481126));
            assertThat(JSON.writeValueAsString(r)).isEqualTo("{\"MsgKey\":\"48374_2837546_1557481126\"}");
            assertThatThrownBy(() -> JSON.readValue("{\"MsgKey\":\"bad\"}", Recall.class))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void should_pick_random_c2c_seqs_in_uint32_without_zero() {
            SplittableRandom r = new SplittableRandom(7);
            IntStream.range(0, 10_000)
                    .forEach(i -> assertThat(MsgKeys.randomMsgSeq(r)).isBetween(1L, MsgKeys.MAX_UINT32));
        }

        @Test
        void should_build_msg_ids_like_the_documented_example() {
            assertThat(MsgKeys.c2cMsgId("144115232745643413", 1653892414, 2897655))
                    .isEqualTo("144115232745643413-1653892414-2897655");
            assertThatIllegalArgumentException().isThrownBy(() -> MsgKeys.c2cMsgId("1", -1, 0));
            assertThatThrownBy(() -> MsgKeys.c2cMsgId(null, 1, 1)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class GroupMsgSeqs {

        @Test
        void should_start_at_one_and_count_up() {
            assertThat(MsgKeys.nextGroupMsgSeq(0))
                    .isEqualTo(MsgKeys.FIRST_GROUP_MSG_SEQ)
                    .isEqualTo(1);
            assertThat(MsgKeys.nextGroupMsgSeq(1)).isEqualTo(2);
            assertThat(MsgKeys.nextGroupMsgSeq(MsgKeys.MAX_UINT32 - 1)).isEqualTo(MsgKeys.MAX_UINT32);
            assertThatIllegalStateException().isThrownBy(() -> MsgKeys.nextGroupMsgSeq(MsgKeys.MAX_UINT32));
            assertThatIllegalArgumentException().isThrownBy(() -> MsgKeys.nextGroupMsgSeq(-1));
        }

        @Test
        void should_consume_seqs_for_stored_messages_and_tips_only() {
            assertThat(MsgKeys.consumesGroupMsgSeq(GroupMsgKind.NORMAL, false)).isTrue();
            assertThat(MsgKeys.consumesGroupMsgSeq(GroupMsgKind.GROUP_TIP, true))
                    .isTrue();
            assertThat(MsgKeys.consumesGroupMsgSeq(GroupMsgKind.GROUP_TIP, false))
                    .isFalse();
            assertThat(MsgKeys.consumesGroupMsgSeq(GroupMsgKind.ONLINE_ONLY, true))
                    .isFalse();
            assertThat(MsgKeys.consumesGroupMsgSeq(GroupMsgKind.SYSTEM_NOTIFICATION, true))
                    .isFalse();
        }

        @Test
        void should_page_history_backwards() {
            assertThat(MsgKeys.olderPageReqMsgSeq(21)).isEqualTo(20);
            assertThat(MsgKeys.olderPageReqMsgSeq(2)).isEqualTo(1);
            assertThat(MsgKeys.olderPageReqMsgSeq(1)).isZero();
            assertThat(MsgKeys.olderPageReqMsgSeq(0)).isZero();
        }
    }
}
