package dev.parley.message.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * One hour of history as {@code get_history} names it: {@code YYYYMMDDHH} in Beijing time (UTC+8, no daylight
 * saving), e.g. {@code 2015120121} = 21:00:00 to 21:59:59 on 1 December 2015 in Beijing.
 *
 * @param text the {@code YYYYMMDDHH} form
 * @param start the first second of the hour
 */
public record HistoryHour(String text, Instant start) {
    /** Beijing time. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("uuuuMMddHH").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter EXPIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** The hour named by {@code text}; empty unless it is exactly ten digits of a real date and hour. */
    public static Optional<HistoryHour> parse(String text) {
        if (text == null || text.length() != 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text, HOUR);
            return Optional.of(new HistoryHour(text, local.toInstant(BEIJING)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The hour containing {@code epochSeconds}. */
    public static HistoryHour of(long epochSeconds) {
        Instant instant = Instant.ofEpochSecond(epochSeconds);
        LocalDateTime local = LocalDateTime.ofInstant(instant, BEIJING)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return new HistoryHour(local.format(HOUR), local.toInstant(BEIJING));
    }

    /** The first second after the hour. */
    public Instant end() {
        return start.plusSeconds(3600);
    }

    /** A time as Tencent writes {@code ExpireTime}: {@code yyyy-MM-dd HH:mm:ss} in Beijing time. */
    public static String beijing(Instant instant) {
        return LocalDateTime.ofInstant(instant, BEIJING).format(EXPIRE);
    }
}
