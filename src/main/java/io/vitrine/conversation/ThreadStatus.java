package io.vitrine.conversation;

import java.util.Locale;

/** How a thread stands in the inbox, for its badge and filters. */
public enum ThreadStatus {
    /** A question nobody answered yet (and nobody marked done). */
    UNANSWERED,
    /** A reply is on its way (waiting in the outbox). */
    SENDING,
    /** The last reply written here was refused by the platform: it needs another try. */
    FAILED,
    /** The brand replied (by hand or by automation). */
    ANSWERED,
    /** Marked done: nothing more to do. */
    DONE,
    /** A remark, not a question, still open. */
    OPEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
