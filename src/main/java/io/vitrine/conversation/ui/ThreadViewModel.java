package io.vitrine.conversation.ui;

import io.vitrine.common.VitrineException;
import io.vitrine.conversation.AnswerDraft;
import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.ConversationService;
import io.vitrine.conversation.ThreadStatus;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One thread open in the inbox: its comments, the reply being written (typed, or the answer assistant's draft to
 * edit), public or private, what the assistant matched, done and assignee. Sending queues the reply (the next sync
 * sends it); the platform's rules that can be checked here refuse at once, with the reason under the reply box.
 */
public final class ThreadViewModel {
    private final ConversationService service;
    private final TaskExecutor tasks;
    private final Runnable changed;
    private final ObjectProperty<CommentThread> thread = new SimpleObjectProperty<>();
    private final StringProperty reply = new SimpleStringProperty("");
    private final BooleanProperty privately = new SimpleBooleanProperty();
    private final StringProperty assignee = new SimpleStringProperty("");
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final LatestResult opened = new LatestResult();
    private boolean fromDraft;

    /** @param changed run after a change here (a reply queued, done, assigned), so the list and counts refresh */
    public ThreadViewModel(ConversationService service, TaskExecutor tasks, Runnable changed) {
        this.service = service;
        this.tasks = tasks;
        this.changed = changed;
    }

    /** Shows a thread (null: none); what was being written for another thread is dropped. */
    public void open(CommentThread selected) {
        boolean same = selected != null && thread.get() != null && thread.get().first().id().equals(selected.first().id());
        thread.set(selected);
        assignee.set(selected == null || selected.assignee() == null ? "" : selected.assignee());
        if (!same) {
            opened.invalidate();
            reply.set("");
            privately.set(false);
            fromDraft = false;
            explanation.clear();
            note.set("");
        }
    }

    /** Reads the open thread again (it left the list's filter, e.g. answered while the list shows the unanswered). */
    public void refresh() {
        CommentThread current = thread.get();
        if (current == null) {
            return;
        }
        tasks.submitQuietly("The thread could not be read", progress -> service.thread(current.first().id()),
                found -> found.ifPresent(this::open));
    }

    /** Fills the reply box with the assistant's draft and lists what it matched and could not find. */
    public void draft() {
        CommentThread current = thread.get();
        if (current == null) {
            return;
        }
        LatestResult.Request request = opened.next();
        busy.set(true);
        tasks.submitQuietly("The answer could not be drafted", progress -> service.draft(current.first().id()),
                request.deliver(this::showDraft), error -> {
                    busy.set(false);
                    note.set(VitrineException.describe(error));
                });
    }

    private void showDraft(AnswerDraft draft) {
        busy.set(false);
        List<String> lines = new ArrayList<>();
        draft.matched().forEach(m -> lines.add("✓ " + m.what() + ": " + m.value() + " — " + m.why()));
        draft.missing().forEach(m -> lines.add("✗ not found: " + m));
        explanation.setAll(lines);
        if (draft.hasText()) {
            reply.set(draft.text());
            fromDraft = true;
            note.set("Drafted from the catalog — check it, edit it, then send.");
        } else {
            note.set("Nothing to draft: write the answer yourself.");
        }
    }

    /** Queues the reply; the next sync sends it. */
    public void send() {
        CommentThread current = thread.get();
        if (current == null) {
            return;
        }
        String text = reply.get();
        boolean isPrivate = privately.get();
        boolean drafted = fromDraft;
        busy.set(true);
        tasks.submitQuietly("The reply could not be queued", progress -> service.reply(current.first().id(), text, isPrivate,
                drafted), queued -> {
                    busy.set(false);
                    reply.set("");
                    fromDraft = false;
                    explanation.clear();
                    note.set((queued.isPrivate() ? "Private reply" : "Reply") + " queued: it goes out with the next sync.");
                    changed.run();
                }, this::refused);
    }

    public void toggleDone() {
        CommentThread current = thread.get();
        if (current == null) {
            return;
        }
        boolean done = current.status() == ThreadStatus.DONE;
        tasks.submitQuietly("The thread could not be changed", progress -> {
            if (done) {
                service.reopen(current.first().id());
            } else {
                service.markDone(current.first().id());
            }
            return done;
        }, reopened -> changed.run(), this::refused);
    }

    /** Assigns the thread to the name typed (blank: nobody). */
    public void assign() {
        CommentThread current = thread.get();
        String person = assignee.get();
        if (current == null || person.strip().equals(current.assignee() == null ? "" : current.assignee())) {
            return;
        }
        tasks.submitQuietly("The thread could not be assigned", progress -> {
            service.assign(current.first().id(), person);
            return person;
        }, name -> {
            note.set(name.isBlank() ? "Unassigned." : "Assigned to " + name.strip() + ".");
            changed.run();
        }, this::refused);
    }

    private void refused(Throwable error) {
        busy.set(false);
        note.set(error instanceof VitrineException v ? v.getMessage() + " " + v.remedy() : VitrineException.describe(error));
    }

    public ObjectProperty<CommentThread> threadProperty() {
        return thread;
    }

    public StringProperty replyProperty() {
        return reply;
    }

    public BooleanProperty privatelyProperty() {
        return privately;
    }

    public StringProperty assigneeProperty() {
        return assignee;
    }

    public ObservableList<String> explanation() {
        return explanation;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
