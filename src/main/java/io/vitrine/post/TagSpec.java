package io.vitrine.post;

import io.vitrine.common.VitrineException;

/**
 * A tag written as text, for the CLI and CSV files: {@code ITEM_ID@X,Y} or {@code ITEM_ID@X,Y#N},
 * where X and Y are fractions (0..1) of the uncropped photo across and down, and N is the photo
 * (1 = the first, the default).
 */
public record TagSpec(String itemId, double x, double y, int photoNumber) {
    public static final String FORMAT = "ITEM_ID@X,Y[#PHOTO], e.g. LAMP-1@0.42,0.61#2";

    public static TagSpec parse(String text) {
        String spec = text == null ? "" : text.strip();
        int at = spec.lastIndexOf('@');
        if (at <= 0 || at == spec.length() - 1) {
            throw invalid(spec, "it needs an item id, '@' and a position");
        }
        String itemId = spec.substring(0, at).strip();
        String place = spec.substring(at + 1);
        int photo = 1;
        int hash = place.indexOf('#');
        if (hash >= 0) {
            photo = number(place.substring(hash + 1), spec);
            if (photo < 1) {
                throw invalid(spec, "photo numbers start at 1");
            }
            place = place.substring(0, hash);
        }
        String[] xy = place.split(",");
        if (xy.length != 2) {
            throw invalid(spec, "the position must be X,Y");
        }
        double x = fraction(xy[0], spec);
        double y = fraction(xy[1], spec);
        return new TagSpec(itemId, x, y, photo);
    }

    public Tag toTag() {
        return new Tag(photoNumber - 1, itemId, x, y);
    }

    private static double fraction(String text, String spec) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!(value >= 0 && value <= 1)) {
                throw invalid(spec, "X and Y are fractions of the photo from 0 to 1 (0.5 is the middle), got " + text.strip());
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(spec, "\"" + text.strip() + "\" is not a number");
        }
    }

    private static int number(String text, String spec) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(spec, "\"" + text.strip() + "\" after '#' is not a photo number");
        }
    }

    private static VitrineException invalid(String spec, String why) {
        return new VitrineException("The tag \"" + spec + "\" is not valid: " + why + ".", "Write tags as " + FORMAT + ".");
    }
}
