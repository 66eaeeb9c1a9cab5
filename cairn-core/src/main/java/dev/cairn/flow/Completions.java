package dev.cairn.flow;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Runs an ending action when a stage completes, before anyone waiting on the returned future sees the result. */
final class Completions {

    private Completions() {}

    /**
     * A future that completes as {@code stage} does, after {@code ending} has run with the stage's failure (unwrapped
     * from {@link CompletionException}) or null.
     */
    static <T> CompletableFuture<T> after(CompletionStage<T> stage, Consumer<Throwable> ending) {
        CompletableFuture<T> result = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            Throwable cause = unwrap(failure);
            ending.accept(cause);
            if (cause != null) {
                result.completeExceptionally(cause);
            } else {
                result.complete(value);
            }
        });
        return result;
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
