package dev.parley.bench;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** The shape of the load every phase shares: users, pairs of users, conversations and a message text. */
final class Traffic {
    /** The text of every message: 100 ASCII characters, about the size of a short chat message. */
    static final String TEXT =
            "SendBench load message: the quick brown fox jumps over the lazy dog, 0123456789 abcdefghij klmnopqr.";

    /** The {@code MsgBody} of every message, as the REST API takes it and the messages table stores it. */
    static final String MSG_BODY = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":" + json(TEXT) + "}}]";

    private final String prefix;
    private final int users;

    Traffic(String prefix, int users) {
        this.prefix = prefix;
        this.users = users;
    }

    /** UserID number {@code i}. */
    String user(int i) {
        return prefix + i;
    }

    /** Number of users. */
    int users() {
        return users;
    }

    /** A random pair of distinct users: {@code [sender, receiver]}. */
    int[] pair() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int a = r.nextInt(users);
        int b = r.nextInt(users - 1);
        return new int[] {a, b >= a ? b + 1 : b};
    }

    /** The id of bench group {@code g}: a custom group id (printable ASCII, not starting with {@code @TGS#}). */
    String group(int g) {
        return prefix + "grp_" + g;
    }

    /** Member {@code k} of group {@code g} of {@code members}: the groups take the users in turn. */
    String member(int g, int k, int members) {
        return user((int) (((long) g * members + k) % users));
    }

    /** The one-to-one conversation id of two users, as the message service forms it. */
    static String c2c(String a, String b) {
        return a.compareTo(b) <= 0 ? "c2c:" + a + ":" + b : "c2c:" + b + ":" + a;
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
