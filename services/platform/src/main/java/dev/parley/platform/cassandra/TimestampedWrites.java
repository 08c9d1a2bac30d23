package dev.parley.platform.cassandra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.BoundStatement;

/**
 * Partial updates of a projection row written {@code USING TIMESTAMP} (ADR-0007, ADR-0008): a column set only
 * when the fact carries a value, and a map column changed by a delta in which {@code ""} deletes a key.
 */
@ApplicationScoped
public class TimestampedWrites {
    private final Cql cql;

    TimestampedWrites(Cql cql) {
        this.cql = cql;
    }

    /**
     * Adds {@code UPDATE table SET column = value WHERE where} to {@code writes} when {@code value} is not null.
     *
     * @param where the key condition, e.g. {@code app_id = ? AND user_id = ?}
     * @param key the values of the key condition
     */
    public void setIfPresent(
            List<BoundStatement> writes,
            String table,
            String column,
            long ts,
            Object value,
            String where,
            Object... key) {
        if (value != null) {
            writes.add(cql.bind(
                    "UPDATE {ks}." + table + " USING TIMESTAMP ? SET " + column + " = ? WHERE " + where,
                    values(ts, value, key)));
        }
    }

    /** Adds the updates that apply {@code changes} to a {@code map<text, text>} column; {@code ""} deletes a key. */
    public void mapDelta(
            List<BoundStatement> writes,
            String table,
            String column,
            long ts,
            Map<String, String> changes,
            String where,
            Object... key) {
        Map<String, String> set = changes.entrySet().stream()
                .filter(c -> !c.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<String> removed = changes.entrySet().stream()
                .filter(c -> c.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        String update = "UPDATE {ks}." + table + " USING TIMESTAMP ? SET " + column + " = " + column;
        if (!set.isEmpty()) {
            writes.add(cql.bind(update + " + ? WHERE " + where, values(ts, set, key)));
        }
        if (!removed.isEmpty()) {
            writes.add(cql.bind(update + " - ? WHERE " + where, values(ts, removed, key)));
        }
    }

    private static Object[] values(long ts, Object value, Object... key) {
        Object[] all = new Object[key.length + 2];
        all[0] = ts;
        all[1] = value;
        System.arraycopy(key, 0, all, 2, key.length);
        return all;
    }
}
