package dev.parley.model;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Topics} and {@code infra/kafka/topics.tsv}, from which the topics are created, name the same streams. */
class TopicsTest {
    @Test
    void should_declare_every_topic_constant_in_topics_tsv() throws Exception {
        assertThat(tsvTopics()).containsAll(constants());
    }

    @Test
    void should_have_a_constant_for_every_stream_and_a_known_source_for_every_dlq() throws Exception {
        Set<String> constants = constants();
        for (String topic : tsvTopics()) {
            int dlq = topic.indexOf(".dlq.");
            if (dlq > 0) {
                assertThat(constants).as("source of " + topic).contains(topic.substring(0, dlq));
                assertThat(topic.substring(dlq + 5)).matches("[a-z-]+-service");
            } else {
                assertThat(constants).as(topic).contains(topic);
            }
        }
    }

    @Test
    void should_name_dead_letter_topics_after_source_and_consumer() {
        assertThat(Topics.deadLetter(Topics.APP_EVENTS, "message-service"))
                .isEqualTo("im.app.events.dlq.message-service");
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static Set<String> tsvTopics() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("../infra/kafka/topics.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("\t")[0]);
            }
        }
        return names;
    }
}
