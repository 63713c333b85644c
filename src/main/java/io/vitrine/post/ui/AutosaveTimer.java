package io.vitrine.post.ui;

/** When the composer's autosave runs: shortly after the last edit on screen, at once in tests. */
interface AutosaveTimer {
    /** (Re)starts the countdown to {@code save}. */
    void restart(Runnable save);

    /** Runs a pending save now (leaving the post, closing the workspace). */
    void flush();

    /** Runs every save at once: for tests and headless use. */
    AutosaveTimer IMMEDIATE = new AutosaveTimer() {
        @Override
        public void restart(Runnable save) {
            save.run();
        }

        @Override
        public void flush() {
        }
    };
}
