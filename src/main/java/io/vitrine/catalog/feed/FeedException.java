package io.vitrine.catalog.feed;

import io.vitrine.common.VitrineException;

/** The file cannot be read as a feed (malformed, hostile, wrong format): nothing from it is imported. */
public class FeedException extends VitrineException {
    public FeedException(String message, String remedy) {
        super(message, remedy);
    }

    public FeedException(String message, String remedy, Throwable cause) {
        super(message, remedy, cause);
    }
}
