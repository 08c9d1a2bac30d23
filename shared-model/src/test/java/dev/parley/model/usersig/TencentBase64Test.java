package dev.parley.model.usersig;

import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TencentBase64Test {

    @Test
    void should_substitute_plus_slash_and_padding_when_encoding() {
        byte[] bytes = {(byte) 0xFB, (byte) 0xFF, (byte) 0xBF, 0x01};
        assertThat(Base64.getEncoder().encodeToString(bytes)).isEqualTo("+/+/AQ==");

        assertThat(TencentBase64.encode(bytes)).isEqualTo("*-*-AQ__");
    }

    @Test
    void should_round_trip_when_decoding_either_alphabet() throws Exception {
        Random random = new Random(1);
        for (int len = 0; len < 200; len++) {
            byte[] bytes = new byte[len];
            random.nextBytes(bytes);
            String standard = Base64.getEncoder().encodeToString(bytes);

            assertThat(TencentBase64.decode(TencentBase64.encode(bytes))).isEqualTo(bytes);
            assertThat(TencentBase64.decode(standard)).isEqualTo(bytes);
            assertThat(TencentBase64.decode(standard.replace("=", ""))).isEqualTo(bytes);
        }
    }

    @Test
    void should_reject_when_base64_is_malformed() {
        assertThatThrownBy(() -> TencentBase64.decode("A")).isInstanceOf(SigFormatException.class);
        assertThatThrownBy(() -> TencentBase64.decode("AAAAA")).isInstanceOf(SigFormatException.class);
        assertThatThrownBy(() -> TencentBase64.decode("AA=A")).isInstanceOf(SigFormatException.class);
        assertThatThrownBy(() -> TencentBase64.decode("AA.A")).isInstanceOf(SigFormatException.class);
        assertThatThrownBy(() -> TencentBase64.decode("AAé")).isInstanceOf(SigFormatException.class);
    }

    @Test
    void should_decode_escapes_when_percent_decoding() throws Exception {
        assertThat(TencentBase64.percentDecode("a%2Ab%2a%2D%5f+")).isEqualTo("a*b*-_+");
        assertThatThrownBy(() -> TencentBase64.percentDecode("%2")).isInstanceOf(SigFormatException.class);
        assertThatThrownBy(() -> TencentBase64.percentDecode("%G0")).isInstanceOf(SigFormatException.class);
        assertThatThrownBy(() -> TencentBase64.percentDecode("%\uff10\uff10")).isInstanceOf(SigFormatException.class);
    }
}
