package dev.parley.message.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportSignerTest {
    private final ExportSigner signer = ExportSigner.withKey("test-key");
    private final FileRef file = new FileRef("1400000001", "C2C", "2015120121", "abc");

    @Test
    void should_accept_its_own_signature_until_it_expires() {
        String signature = signer.sign(file, 1_000);
        assertThat(signer.verify(file, 1_000, signature, 999)).isTrue();
        assertThat(signer.verify(file, 1_000, signature, 1_001)).isFalse();
    }

    @Test
    void should_refuse_a_signature_for_another_app_file_or_expiry() {
        String signature = signer.sign(file, 1_000);
        assertThat(signer.verify(new FileRef("1400000002", "C2C", "2015120121", "abc"), 1_000, signature, 0))
                .isFalse();
        assertThat(signer.verify(new FileRef("1400000001", "Group", "2015120121", "abc"), 1_000, signature, 0))
                .isFalse();
        assertThat(signer.verify(file, 2_000, signature, 0)).isFalse();
        assertThat(signer.verify(file, 1_000, signature.replace(signature.charAt(0), 'x'), 0))
                .isFalse();
        assertThat(ExportSigner.withKey("other-key").verify(file, 1_000, signature, 0))
                .isFalse();
    }
}
