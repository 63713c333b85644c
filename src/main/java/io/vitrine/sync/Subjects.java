package io.vitrine.sync;

import io.vitrine.platform.api.PublicationKind;

/** The local table and subject code of each publication kind (the code is what sync tables store). */
final class Subjects {
    private Subjects() {
    }

    static String code(PublicationKind kind) {
        return kind == PublicationKind.POST ? "post" : "poll";
    }

    static PublicationKind kind(String code) {
        return "post".equals(code) ? PublicationKind.POST : PublicationKind.POLL;
    }
}
