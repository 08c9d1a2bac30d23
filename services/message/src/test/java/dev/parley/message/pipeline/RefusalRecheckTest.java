package dev.parley.message.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.parley.message.guard.GroupView;
import dev.parley.message.guard.RelationView;
import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.model.group.GroupType;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendOptions;
import dev.parley.platform.apps.AppInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RefusalRecheckTest {
    private static final AppInfo APP = new AppInfo(
            "1400000001",
            "test",
            Edition.PRO,
            Region.SINGAPORE,
            Instant.EPOCH,
            List.of(),
            AppSettings.defaults(Edition.PRO));

    private final Members members = new Members();
    private final SendGuard guard = new SendGuard(members, new NoRelations(), new LiveRoomRateLimiter(40));
    private final RefusalRecheck rechecks = new RefusalRecheck(guard);

    @AfterEach
    void stop() {
        rechecks.stop();
    }

    @Test
    void should_answer_the_refusal_when_the_sender_stays_outside_the_group() {
        ConcurrentLinkedQueue<Verdict> answers = new ConcurrentLinkedQueue<>();
        Verdict first = guard.check(APP, post("cal"), members, new NoRelations());
        assertThat(first.code()).isEqualTo(10007);
        assertThat(first.recheck()).isTrue();

        rechecks.recheck(APP, post("cal"), first, answers::add);

        await().atMost(Duration.ofSeconds(10)).until(() -> answers.size() == 1);
        assertThat(answers.peek().code()).isEqualTo(10007);
        assertThat(rechecks.waiting()).isZero();
    }

    @Test
    void should_admit_the_post_once_the_view_learns_the_membership() {
        ConcurrentLinkedQueue<Verdict> answers = new ConcurrentLinkedQueue<>();
        Verdict first = guard.check(APP, post("dan"), members, new NoRelations());
        rechecks.recheck(APP, post("dan"), first, answers::add);

        members.admit("dan"); // the MemberJoined fact reaches the view after the post was refused once

        await().atMost(Duration.ofSeconds(10)).until(() -> answers.size() == 1);
        assertThat(answers.peek().code()).isZero();
    }

    @Test
    void should_share_one_reading_loop_among_a_senders_refused_burst() {
        ConcurrentLinkedQueue<Verdict> answers = new ConcurrentLinkedQueue<>();
        Verdict first = guard.check(APP, post("eve"), members, new NoRelations());
        int readsBefore = members.memberReads.get();
        for (int i = 0; i < 50; i++) {
            rechecks.recheck(APP, post("eve"), first, answers::add);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> answers.size() == 50);
        assertThat(answers).allMatch(v -> v.code() == 10007);
        // one read per interval for the whole burst, not one loop per post (50 loops would read ~1,000 times)
        assertThat(members.memberReads.get() - readsBefore).isLessThan(100);
    }

    private static MessageSubmitted post(String from) {
        return new MessageSubmitted(
                APP.appId(),
                "group:g1",
                "s-" + System.nanoTime(),
                "replica",
                "GROUP",
                from,
                null,
                "g1",
                false,
                1,
                0,
                0,
                "[]",
                "",
                "",
                "Normal",
                false,
                List.of(),
                System.currentTimeMillis(),
                SendOptions.NONE);
    }

    /** Group g1 (Work) whose members are whoever was admitted. */
    private static final class Members implements GroupView {
        final ConcurrentLinkedQueue<String> admitted = new ConcurrentLinkedQueue<>(List.of("amy"));
        final AtomicInteger memberReads = new AtomicInteger();

        void admit(String user) {
            admitted.add(user);
        }

        @Override
        public Optional<Group> group(String appId, String groupId) {
            return Optional.of(new Group("Work", GroupType.PRIVATE, "amy", false, 1, 0));
        }

        @Override
        public Optional<Member> member(String appId, String groupId, String userId) {
            memberReads.incrementAndGet();
            return admitted.contains(userId) ? Optional.of(new Member("Member", 0)) : Optional.empty();
        }

        @Override
        public boolean presentInLiveRoom(String appId, String groupId, String userId) {
            return false;
        }
    }

    private static final class NoRelations implements RelationView {
        @Override
        public boolean isFriend(String appId, String userId, String friendId) {
            return false;
        }

        @Override
        public boolean blocks(String appId, String userId, String blockedId) {
            return false;
        }
    }
}
