package dev.parley.message.pipeline;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

import dev.parley.model.message.events.MessageSubmitted;

/** The before-send stage until callbacks exist: lets every message through. */
@ApplicationScoped
@DefaultBean
public class PassThroughBeforeSend implements BeforeSendStage {
    @Override
    public CompletionStage<Optional<Refusal>> check(MessageSubmitted submission) {
        return CompletableFuture.completedFuture(Optional.empty());
    }
}
