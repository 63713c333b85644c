package io.vitrine.demo;

import io.vitrine.image.ImageStore;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pictures of designs that are not in the catalog yet: a colour swatch, plain or with a printed pattern. */
final class DemoSwatches {
    private static final int SIZE = 480;

    private DemoSwatches() {
    }

    /** Stores a swatch and returns its image id; the same colour and pattern always give the same bytes. */
    static String store(ImageStore images, String name, int rgb, Pattern pattern) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color base = new Color(rgb);
        g.setColor(base);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(base.brighter().brighter());
        switch (pattern) {
            case STRIPES -> {
                for (int x = -SIZE; x < SIZE; x += 60) {
                    g.fillPolygon(new int[] {x, x + 30, x + 30 + SIZE, x + SIZE}, new int[] {0, 0, SIZE, SIZE}, 4);
                }
            }
            case DOTS -> {
                for (int y = 30; y < SIZE; y += 80) {
                    for (int x = 30 + (y / 80 % 2) * 40; x < SIZE; x += 80) {
                        g.fillOval(x - 14, y - 14, 28, 28);
                    }
                }
            }
            case CHECKS -> {
                for (int y = 0; y < SIZE; y += 60) {
                    for (int x = (y / 60 % 2) * 60; x < SIZE; x += 120) {
                        g.fillRect(x, y, 60, 60);
                    }
                }
            }
            case PLAIN -> {
                g.setColor(base.darker());
                g.fillOval(SIZE / 4, SIZE / 4, SIZE / 2, SIZE / 2);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return images.put(out.toByteArray(), name + ".png").sha256();
    }

    enum Pattern { PLAIN, STRIPES, DOTS, CHECKS }
}
