package io.vitrine.ui;

import javafx.scene.Node;

/** A top-level screen in the main window (Catalog, Posts, Polls …). */
public interface SectionView {
    Node root();

    /** Called each time the section becomes visible: refresh what may have changed elsewhere. */
    default void onShow() {
    }

    /** Shows one item of this section (a post, a poll) after an {@link OpenItem} request. */
    default void open(long id) {
    }

    /** Shows one item of this section known by a text key (a catalog item id) after an {@link OpenCatalogItem}. */
    default void open(String key) {
    }

    /** Called when the workspace closes: unsubscribe, stop timers. */
    default void dispose() {
    }
}
