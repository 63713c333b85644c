package io.vitrine.conversation.ui;

import io.vitrine.common.Formats;
import io.vitrine.conversation.ConversationFeature;
import io.vitrine.conversation.ConversationService;
import io.vitrine.conversation.ConversationsChanged;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.StudioContext;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The number of questions nobody answered yet, for the navigation's Inbox badge and the status bar; read again in
 * the background whenever conversations change (a sync brought comments, a reply was queued, a thread done).
 */
public final class UnansweredCount implements AutoCloseable {
    private final ConversationService service;
    private final StudioContext context;
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final LatestResult reads = new LatestResult();
    private final Runnable unsubscribe;

    public UnansweredCount(StudioContext context) {
        this.context = context;
        this.service = context.feature(ConversationFeature.class).conversations();
        this.unsubscribe = FxEvents.onFxThread(context.events(), ConversationsChanged.class, e -> refresh());
    }

    public void refresh() {
        LatestResult.Request request = reads.next();
        context.tasks().submitQuietly("The unanswered questions could not be counted", progress -> service.unansweredCount(),
                request.deliver(this::show), error -> text.set(""));
    }

    void show(long unanswered) {
        count.set(unanswered);
        text.set(unanswered == 0 ? "No unanswered questions"
                : Formats.count(unanswered) + (unanswered == 1 ? " unanswered question" : " unanswered questions"));
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "3 unanswered questions", for the status bar. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    @Override
    public void close() {
        unsubscribe.run();
    }
}
