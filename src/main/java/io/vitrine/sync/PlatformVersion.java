package io.vitrine.sync;

/** Which publication on the platform a local post or poll is, and the version ({@code etag}) we last saw of it. */
record PlatformVersion(String platformId, String etag) {

    /** What an update's If-Match says: the version we last saw, or any version when we never saw one. */
    String ifMatch() {
        return etag == null ? "*" : etag;
    }
}
