package io.vitrine.workspace;

import io.vitrine.common.VitrineException;

/** A workspace file that cannot be opened, read or written, with what to do about it. */
public class WorkspaceException extends VitrineException {

    public WorkspaceException(String message, String remedy) {
        super(message, remedy);
    }

    public WorkspaceException(String message, String remedy, Throwable cause) {
        super(message, remedy, cause);
    }
}
