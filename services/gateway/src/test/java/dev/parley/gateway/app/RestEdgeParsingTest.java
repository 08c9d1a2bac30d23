package dev.parley.gateway.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the edge reads the SDKAppID and the body before anything else runs. */
class RestEdgeParsingTest {
    @Test
    void should_accept_uint32_sdkappids_only() {
        assertThat(RestEdge.parseSdkAppId("1400000001")).isEqualTo(1_400_000_001L);
        assertThat(RestEdge.parseSdkAppId("4294967295")).isEqualTo(4_294_967_295L);
        assertThat(RestEdge.parseSdkAppId("4294967296")).isEqualTo(-1);
        assertThat(RestEdge.parseSdkAppId("0")).isEqualTo(-1);
        assertThat(RestEdge.parseSdkAppId("-5")).isEqualTo(-1);
        assertThat(RestEdge.parseSdkAppId("14x")).isEqualTo(-1);
        assertThat(RestEdge.parseSdkAppId("99999999999999999999")).isEqualTo(-1);
    }

    @Test
    void should_treat_an_empty_body_as_an_empty_object() {
        assertThat(RestEdge.forwardableBody("")).isEqualTo("{}");
        assertThat(RestEdge.forwardableBody("  \n")).isEqualTo("{}");
    }

    @Test
    void should_refuse_bodies_that_are_not_json_objects() {
        assertThat(RestEdge.forwardableBody("{bad")).isNull();
        assertThat(RestEdge.forwardableBody("{\"a\":[1,2}")).isNull();
        assertThat(RestEdge.forwardableBody("{\"a\":1")).isNull();
        assertThat(RestEdge.forwardableBody("[1]")).isNull();
        assertThat(RestEdge.forwardableBody("42")).isNull();
    }

    @Test
    void should_forward_a_json_object_as_it_came() {
        String body = "{\"UserID\" : \"a\", \"MsgBody\":[{\"MsgType\":\"TIMTextElem\"}]}";
        assertThat(RestEdge.forwardableBody(body)).isSameAs(body);
    }

    @Test
    void should_forward_only_the_object_when_text_follows_it() {
        assertThat(RestEdge.forwardableBody("{\"UserID\":\"a\"} trailing")).isEqualTo("{\"UserID\":\"a\"}");
        assertThat(RestEdge.forwardableBody("{\"UserID\":\"a\"}{}")).isEqualTo("{\"UserID\":\"a\"}");
    }
}
