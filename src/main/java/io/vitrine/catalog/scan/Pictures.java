package io.vitrine.catalog.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Resizing and turning pictures for the readers (Java2D, bilinear; turned pictures get a white surround). */
final class Pictures {
    private Pictures() {
    }

    /** The picture as plain RGB pixels, shrunk so its longest side is at most {@code maxSide}. */
    static BufferedImage fit(BufferedImage picture, int maxSide) {
        int longest = Math.max(picture.getWidth(), picture.getHeight());
        if (longest <= maxSide && picture.getType() == BufferedImage.TYPE_INT_RGB) {
            return picture;
        }
        return scale(picture, Math.min(1.0, (double) maxSide / longest));
    }

    static BufferedImage scale(BufferedImage picture, double factor) {
        int w = Math.max(1, (int) Math.round(picture.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE); // a transparent PNG reads as dark bars on white
        g.fillRect(0, 0, w, h);
        if (factor < 0.5) {
            // bilinear skips pixels when shrinking a lot; a stepwise halving keeps thin bars and averages noise
            BufferedImage half = scale(picture, 0.5);
            g.dispose();
            return scale(half, factor * picture.getWidth() / half.getWidth());
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** The picture turned by {@code degrees} (anticlockwise) on a canvas big enough to hold all of it. */
    static BufferedImage rotate(BufferedImage picture, double degrees) {
        double radians = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(radians));
        double cos = Math.abs(Math.cos(radians));
        int w = picture.getWidth();
        int h = picture.getHeight();
        int outW = (int) Math.ceil(w * cos + h * sin);
        int outH = (int) Math.ceil(h * cos + w * sin);
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, outW, outH);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform turn = new AffineTransform();
        turn.translate(outW / 2.0, outH / 2.0);
        turn.rotate(-radians);
        turn.translate(-w / 2.0, -h / 2.0);
        g.drawImage(picture, turn, null);
        g.dispose();
        return out;
    }
}
