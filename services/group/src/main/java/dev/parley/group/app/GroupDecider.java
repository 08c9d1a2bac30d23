package dev.parley.group.app;

/** A command's decision against the current state of one group; pure apart from reads of the context. */
@FunctionalInterface
public interface GroupDecider {
    /** Decides. */
    Decision decide(GroupContext context);
}
