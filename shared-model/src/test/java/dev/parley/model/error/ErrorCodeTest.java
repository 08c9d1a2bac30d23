package dev.parley.model.error;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.parley.model.error.ErrorCode.Area;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodeTest {

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    @Test
    void should_have_unique_codes_when_listing_all_constants() {
        Set<Integer> seen = new HashSet<>();
        for (ErrorCode e : ErrorCode.values()) {
            assertThat(seen.add(e.code())).as("duplicate %d", e.code()).isTrue();
        }
    }

    @Test
    void should_find_every_constant_when_looking_up_its_number() {
        for (ErrorCode e : ErrorCode.values()) {
            assertThat(ErrorCode.of(e.code())).contains(e);
        }
    }

    @Test
    void should_return_empty_when_code_is_not_listed() {
        assertThat(ErrorCode.of(12345)).isEmpty();
        assertThat(ErrorCode.of(-1)).isEmpty();
        assertThat(ErrorCode.of(120001)).isEmpty();
    }

    @Test
    void should_have_empty_info_only_when_success() {
        assertThat(ErrorCode.SUCCESS.code()).isZero();
        assertThat(ErrorCode.SUCCESS.info()).isEmpty();
        assertThat(ErrorCode.SUCCESS.isSuccess()).isTrue();
        Arrays.stream(ErrorCode.values()).filter(e -> e != ErrorCode.SUCCESS).forEach(e -> {
            assertThat(e.info()).as(e.name()).isNotBlank().doesNotContain("%", "{", "}");
            assertThat(e.info().length()).as(e.name()).isLessThanOrEqualTo(80);
            assertThat(e.isSuccess()).isFalse();
            assertThat(e.code()).isPositive();
        });
    }

    @Test
    void should_use_upper_snake_names_when_declaring_constants() {
        for (ErrorCode e : ErrorCode.values()) {
            assertThat(e.name()).matches(UPPER_SNAKE);
        }
    }

    @Test
    void should_match_document_when_spot_checking_gateway_and_account_codes() {
        assertThat(ErrorCode.USERSIG_EXPIRED.code()).isEqualTo(70001);
        assertThat(ErrorCode.of(70003)).contains(ErrorCode.USERSIG_INVALID);
        assertThat(ErrorCode.of(70009)).contains(ErrorCode.USERSIG_KEY_MISMATCH);
        assertThat(ErrorCode.of(70013)).contains(ErrorCode.USERSIG_IDENTIFIER_MISMATCH);
        assertThat(ErrorCode.of(70014)).contains(ErrorCode.USERSIG_SDKAPPID_MISMATCH);
        assertThat(ErrorCode.of(70402)).contains(ErrorCode.ACCOUNT_INVALID_PARAMETER);
        assertThat(ErrorCode.of(60003)).contains(ErrorCode.GATEWAY_JSON_PARSE);
        assertThat(ErrorCode.of(60009)).contains(ErrorCode.BAD_RESOURCE);
        assertThat(ErrorCode.of(60012)).contains(ErrorCode.SDKAPPID_MISSING);
        assertThat(ErrorCode.USERSIG_EXPIRED.area()).isEqualTo(Area.ACCOUNT);
        assertThat(ErrorCode.SDKAPPID_MISSING.area()).isEqualTo(Area.GATEWAY);
    }

    @Test
    void should_match_document_when_spot_checking_service_codes() {
        assertThat(ErrorCode.of(90001)).contains(ErrorCode.C2C_JSON_PARSE);
        assertThat(ErrorCode.C2C_JSON_PARSE.info()).isEqualTo("Fail to Parse json data of body, Please check it");
        assertThat(ErrorCode.of(10011)).contains(ErrorCode.GROUP_JSON_PARSE);
        assertThat(ErrorCode.of(10010)).contains(ErrorCode.GROUP_NOT_FOUND);
        assertThat(ErrorCode.of(30001)).contains(ErrorCode.SNS_INVALID_PARAMETER);
        assertThat(ErrorCode.of(20007)).contains(ErrorCode.C2C_SENDER_BLACKLISTED);
        assertThat(ErrorCode.of(40001)).contains(ErrorCode.PROFILE_INVALID_PARAMETER);
        assertThat(ErrorCode.of(50002)).contains(ErrorCode.CONV_INVALID_PARAMETER);
        assertThat(ErrorCode.GROUP_NOT_FOUND.area()).isEqualTo(Area.GROUP);
        assertThat(ErrorCode.C2C_JSON_PARSE.area()).isEqualTo(Area.C2C_MESSAGE);
        assertThat(ErrorCode.SNS_INVALID_PARAMETER.area()).isEqualTo(Area.RELATIONSHIP);
        assertThat(ErrorCode.PROFILE_INVALID_PARAMETER.area()).isEqualTo(Area.PROFILE);
        assertThat(ErrorCode.CONV_INVALID_PARAMETER.area()).isEqualTo(Area.CONVERSATION);
    }

    @Test
    void should_flag_only_client_side_codes_when_checking_client_only() {
        assertThat(Arrays.stream(ErrorCode.values()).filter(ErrorCode::clientOnly))
                .containsExactlyInAnyOrder(ErrorCode.LOGIN_TICKET_EXPIRED, ErrorCode.CONTENT_SECURITY_STRIKE);
    }

    @Test
    void should_report_callback_area_when_code_is_in_a_callback_range() {
        assertThat(ErrorCode.areaOf(120001)).contains(Area.CALLBACK);
        assertThat(ErrorCode.areaOf(130000)).contains(Area.CALLBACK);
        assertThat(ErrorCode.areaOf(38000)).contains(Area.CALLBACK);
        assertThat(ErrorCode.areaOf(39000)).contains(Area.CALLBACK);
        assertThat(ErrorCode.areaOf(120000)).isEmpty();
        assertThat(ErrorCode.areaOf(130001)).isEmpty();
        assertThat(ErrorCode.areaOf(37999)).isEmpty();
        assertThat(ErrorCode.areaOf(10010)).contains(Area.GROUP);
        assertThat(ErrorCode.isC2cCallbackCustomCode(125000)).isTrue();
        assertThat(ErrorCode.isFriendAddCallbackCode(38500)).isTrue();
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::area)).doesNotContain(Area.CALLBACK);
    }

    @Test
    void should_map_each_documented_service_when_body_json_is_unparseable() {
        assertThat(JsonParseCodes.forService("im_open_login_svc").code()).isEqualTo(70402);
        assertThat(JsonParseCodes.forService("openim").code()).isEqualTo(90001);
        assertThat(JsonParseCodes.forService("openim_msg_ext_http_svc").code()).isEqualTo(90001);
        assertThat(JsonParseCodes.forService("group_open_http_svc").code()).isEqualTo(10011);
        assertThat(JsonParseCodes.forService("group_open_attr_http_svc").code()).isEqualTo(10011);
        assertThat(JsonParseCodes.forService("sns").code()).isEqualTo(30001);
        assertThat(JsonParseCodes.forService("profile").code()).isEqualTo(40001);
        assertThat(JsonParseCodes.forService("open_msg_svc").code()).isEqualTo(90001);
        assertThat(JsonParseCodes.forService("timpush").code()).isEqualTo(90001);
    }

    @Test
    void should_fall_back_to_gateway_code_when_service_has_no_documented_code() {
        assertThat(JsonParseCodes.forService("recentcontact")).isEqualTo(ErrorCode.GATEWAY_JSON_PARSE);
        assertThat(JsonParseCodes.forService("openconfigsvr").code()).isEqualTo(60003);
        assertThat(JsonParseCodes.forService("ConfigSvc").code()).isEqualTo(60003);
        assertThat(JsonParseCodes.forService("OPENIM").code()).isEqualTo(60003);
        assertThat(JsonParseCodes.forService("")).isEqualTo(ErrorCode.GATEWAY_JSON_PARSE);
        assertThat(JsonParseCodes.forService(null)).isEqualTo(ErrorCode.GATEWAY_JSON_PARSE);
    }

    @Test
    void should_only_map_to_listed_codes_when_listing_documented_services() {
        assertThat(JsonParseCodes.documentedServices()).doesNotContainKey("recentcontact");
        assertThat(JsonParseCodes.documentedServices().values())
                .allSatisfy(e -> assertThat(ErrorCode.of(e.code())).contains(e));
    }
}
