package dev.parley.model.app;

import java.util.List;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where and how Parley calls the customer's server (Tencent's third-party callbacks).
 *
 * @param url the callback URL, http or https
 * @param token the authentication token used to compute {@code Sign}; never logged
 * @param enabled the callback commands switched on, e.g. {@code C2C.CallbackBeforeSendMsg}
 */
public record CallbackSettings(
        @NotNull @Size(max = 1024) @Pattern(regexp = "https?://.+")
        String url,

        @Size(max = 128) String token,
        @NotNull @Size(max = 128) List<@NotNull @Size(max = 64) String> enabled) {}
