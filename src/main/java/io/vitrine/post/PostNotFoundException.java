package io.vitrine.post;

import io.vitrine.common.VitrineException;

/** A post id that is not (or no longer) in the workspace. */
public final class PostNotFoundException extends VitrineException {
    public PostNotFoundException(long id) {
        super("There is no post " + id + " in this workspace.", "It may have been deleted; refresh the list (./studio post list).");
    }
}
