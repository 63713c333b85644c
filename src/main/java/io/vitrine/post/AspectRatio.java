package io.vitrine.post;

import java.util.Arrays;

/** The shapes the platform shows a photo in; {@code ORIGINAL} keeps the photo's own shape. */
public enum AspectRatio {
    ORIGINAL("original", "Original", 0),
    SQUARE("1:1", "1:1", 1.0),
    PORTRAIT("4:5", "4:5", 0.8),
    LANDSCAPE("1.91:1", "1.91:1", 1.91);

    private final String code;
    private final String label;
    private final double ratio;

    AspectRatio(String code, String label, double ratio) {
        this.code = code;
        this.label = label;
        this.ratio = ratio;
    }

    /** As stored in {@code post_image.aspect}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Width over height; 0 for {@link #ORIGINAL}. */
    public double ratio() {
        return ratio;
    }

    public static AspectRatio fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst().orElse(ORIGINAL);
    }
}
