package io.vitrine.poll;

/** What the platform accepts for a poll (resources/platform-api.yaml). */
public final class PollLimits {
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 4;
    public static final int MAX_QUESTION_LENGTH = 150;
    public static final int MAX_LABEL_LENGTH = 60;
    public static final int MIN_DURATION_HOURS = 1;
    public static final int MAX_DURATION_HOURS = 30 * 24;
    public static final int MAX_TARGETS = 10;
    public static final int MAX_INTEREST_LENGTH = 40;

    private PollLimits() {
    }

    /** A catalog title made into an option label: cut at the label limit with an ellipsis. */
    public static String labelFromTitle(String title) {
        String label = title == null ? "" : title.strip();
        return label.length() <= MAX_LABEL_LENGTH ? label : label.substring(0, MAX_LABEL_LENGTH - 1).strip() + "…";
    }

    /** A custom design's label from its file's name: "striped_shade.png" becomes "Striped shade". */
    public static String labelFromFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = (dot > 0 ? fileName.substring(0, dot) : fileName).replace('_', ' ').replace('-', ' ').strip();
        return labelFromTitle(base.isEmpty() ? fileName : Character.toUpperCase(base.charAt(0)) + base.substring(1));
    }
}
