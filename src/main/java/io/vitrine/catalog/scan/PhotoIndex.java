package io.vitrine.catalog.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The catalog's product pictures in memory, searched by photo. Each picture is compared with every window
 * of the query (hash distance, plus a penalty for different colours); the closest few are then compared
 * again with their best window nudged and resized a little, which finds the photo's exact place inside
 * a larger picture. The nearest is "the same photo" when it is within {@value #SAME_PHOTO} and stands out
 * from the next by {@value #STANDS_OUT} (a near tie between two pictures is no evidence for either), or
 * is within {@value #IDENTICAL} (items sharing one picture are all the same photo);
 * otherwise pictures may "look like" the query by colours and silhouette; below {@value #CLOSE} nothing is
 * offered ("no close match").
 */
public final class PhotoIndex {
    static final int SAME_PHOTO = 50;
    static final double CLOSE = 0.5;
    private static final double LOOKS_WEIGHT = 0.75;
    /** Hash bits a complete change of colours counts for. */
    private static final int COLOUR_PENALTY = 40;
    /** The same photo stands out: the next picture is at least this much further. */
    static final int STANDS_OUT = 6;
    /** So close that it is the same photo even when another catalog picture is as close (a picture two items share). */
    static final int IDENTICAL = 8;
    /** Catalog pictures compared again with the fine windows, then with the best one nudged. */
    private static final int REFINED = 40;
    /** Views of a catalog picture compared in the first pass: all of it, its centre, the product's box. */
    private static final int[] FIRST_VIEWS = {0, 1, PhotoHasher.PRODUCT_VIEW};

    private final List<String> links = new ArrayList<>();
    private final List<PhotoFingerprint> prints = new ArrayList<>();

    public void add(String imageLink, PhotoFingerprint fingerprint) {
        links.add(imageLink);
        prints.add(fingerprint);
    }

    public int size() {
        return links.size();
    }

    /** The best matches, at most {@code limit}, best first; empty when none is close. */
    public List<PhotoMatch> search(BufferedImage picture, int limit) {
        PhotoQuery query = PhotoQuery.of(picture);
        List<Candidate> candidates = new ArrayList<>(prints.size());
        for (int i = 0; i < prints.size(); i++) {
            candidates.add(Candidate.of(query, i, prints.get(i)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::distance));
        for (Candidate candidate : candidates.subList(0, Math.min(REFINED, candidates.size()))) {
            candidate.refine(query, prints.get(candidate.index));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::distance));
        List<PhotoMatch> matches = new ArrayList<>();
        double runnerUp = candidates.size() > 1 ? candidates.get(1).distance() : Double.MAX_VALUE;
        for (Candidate candidate : candidates) {
            boolean standsOut = candidate.distance() <= IDENTICAL
                    || candidate == candidates.get(0) && runnerUp - candidate.distance() >= STANDS_OUT;
            PhotoMatch match = candidate.match(links.get(candidate.index), standsOut);
            if (match.score() >= CLOSE) {
                matches.add(match);
            }
        }
        matches.sort(Comparator.comparingDouble(PhotoMatch::score).reversed().thenComparing(PhotoMatch::imageLink));
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }

    /** One catalog picture's comparison with the query. */
    private static final class Candidate {
        final int index;
        int bits;
        PhotoQuery.Window window;
        int view;
        double colours;
        double shape;

        private Candidate(int index) {
            this.index = index;
        }

        static Candidate of(PhotoQuery query, int index, PhotoFingerprint print) {
            Candidate c = new Candidate(index);
            c.bits = Integer.MAX_VALUE;
            for (PhotoQuery.Window window : query.windows) {
                c.consider(window, print, FIRST_VIEWS);
            }
            for (PhotoFingerprint look : query.looks) {
                c.colours = Math.max(c.colours, look.colourSimilarity(print));
                c.shape = Math.max(c.shape, look.shapeSimilarity(print));
            }
            return c;
        }

        private void consider(PhotoQuery.Window candidate, PhotoFingerprint print, int[] views) {
            long[][] hashes = print.hashes();
            for (int h : views) {
                if (h == PhotoHasher.PRODUCT_VIEW && candidate.place() != PhotoQuery.Place.PRODUCT) {
                    continue; // a product's box (often one plain shape) is only compared with the query's product box
                }
                int d = PhotoFingerprint.distance(candidate.hash(), hashes[h]);
                if (d < bits) {
                    bits = d;
                    window = candidate;
                    view = h;
                }
            }
        }

        /**
         * Every view against every window, fine ones too; then the best window nudged and resized by 6%, then
         * by 3%, of its size; then the colours of what that window shows.
         */
        void refine(PhotoQuery query, PhotoFingerprint print) {
            int[] views = java.util.stream.IntStream.range(0, print.hashes().length).toArray();
            for (PhotoQuery.Window each : query.windows) {
                consider(each, print, views);
            }
            for (PhotoQuery.Window each : query.fineWindows) {
                consider(each, print, views);
            }
            for (double step : new double[] {0.06, 0.03}) {
                PhotoQuery.Window centre = window;
                for (double grow : new double[] {1 - step, 1, 1 + step}) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            if (dx != 0 || dy != 0 || grow != 1) {
                                consider(centre.nudged(dx * step, dy * step, grow), print, views);
                            }
                        }
                    }
                }
            }
            // the colours of what the best window shows count too: the whole query's include its background
            colours = Math.max(colours, PhotoFingerprint.colourSimilarity(query.colours(window), print.colours()));
        }

        double distance() {
            return bits + COLOUR_PENALTY * (1 - colours);
        }

        PhotoMatch match(String link, boolean standsOut) {
            double distance = distance();
            if (distance <= SAME_PHOTO && standsOut) {
                return new PhotoMatch(link, 0.8 + 0.2 * (1 - distance / SAME_PHOTO), samePhoto());
            }
            return new PhotoMatch(link, LOOKS_WEIGHT * (0.55 * colours + 0.45 * shape), looksLike());
        }

        private String samePhoto() {
            String how = switch (window.place()) {
                case WHOLE -> view == 0 ? "same photo" : "same photo, cropped";
                case PRODUCT -> "same photo, cropped or on another background";
                case INSIDE -> "same photo, inside a larger picture";
            };
            return colours < 0.6 ? how + ", colours changed" : how;
        }

        private String looksLike() {
            if (colours >= 0.6 && shape >= 0.6) {
                return "same colours and shape";
            }
            return colours >= shape ? "similar colours" : "similar shape";
        }
    }
}
