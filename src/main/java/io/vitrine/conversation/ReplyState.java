package io.vitrine.conversation;

import java.util.Locale;

/** Where a reply written in the studio stands: waiting in the outbox, on the platform, or refused by it. */
public enum ReplyState {
    QUEUED, SENT, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ReplyState fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
