package dev.parley.model.app;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import dev.parley.model.app.events.AppRegistered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Validation rules of the app contract. */
class AppRegisteredTest {
    static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void should_accept_a_decimal_sdkappid() {
        assertThat(VALIDATOR.validate(new AppRegistered("1400000001", "Demo", Edition.PRO, Region.CHINA)))
                .isEmpty();
    }

    @Test
    void should_reject_non_numeric_or_blank_fields() {
        assertThat(VALIDATOR.validate(new AppRegistered("14x", "Demo", Edition.PRO, Region.CHINA)))
                .hasSize(1);
        assertThat(VALIDATOR.validate(new AppRegistered("1400000001", " ", null, Region.CHINA)))
                .hasSize(2);
    }

    @Test
    void should_parse_editions_and_regions_case_insensitively() {
        assertThat(Edition.fromWire("Ultimate")).isEqualTo(Edition.ULTIMATE);
        assertThat(Edition.ULTIMATE.defaultRetentionDays()).isEqualTo(30);
        assertThat(Edition.TRIAL.defaultRetentionDays()).isEqualTo(7);
        assertThat(Region.fromWire("silicon-valley")).isEqualTo(Region.SILICON_VALLEY);
        assertThatThrownBy(() -> Edition.fromWire("gold")).isInstanceOf(IllegalArgumentException.class);
    }
}
