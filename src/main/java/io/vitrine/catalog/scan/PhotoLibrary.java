package io.vitrine.catalog.scan;

import io.vitrine.catalog.ImageFetcher;
import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The catalog's product pictures for the photo match: fetched once through their image links (the demo's
 * are bundled, a feed's are downloaded), fingerprinted and kept in the workspace (decision 0014), then held
 * in memory as a {@link PhotoIndex} until more pictures are fingerprinted. Thread-safe.
 */
public final class PhotoLibrary {
    private static final int BATCH = 32;
    private static final int FETCHERS = 4;

    private final PhotoRepository photos;
    private final ImageFetcher fetcher;
    private PhotoIndex index;

    public PhotoLibrary(Database database, ImageFetcher fetcher) {
        this.photos = new PhotoRepository(database);
        this.fetcher = fetcher;
    }

    /** Pictures still to fetch and fingerprint. */
    public int pending() {
        return photos.toFingerprint().size();
    }

    /**
     * Fetches and fingerprints every picture not done yet, {@value #BATCH} at a time, each batch stored in
     * one transaction (a cancel keeps what was done). Returns how many were done.
     */
    public int update(Progress progress) {
        List<String> links = photos.toFingerprint();
        if (links.isEmpty()) {
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(FETCHERS, r -> {
            Thread thread = new Thread(r, "photo-fetch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int from = 0; from < links.size(); from += BATCH) {
                progress.checkCancelled();
                progress.update(from, links.size(), "Reading product pictures");
                List<Future<PhotoRepository.Row>> rows = new ArrayList<>();
                for (String link : links.subList(from, Math.min(links.size(), from + BATCH))) {
                    rows.add(pool.submit(() -> read(link)));
                }
                photos.save(results(rows));
                invalidate();
            }
            progress.update(links.size(), links.size(), "Product pictures read");
            return links.size();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The closest catalog pictures to a picture (fingerprinted ones only; call {@link #update} first). */
    public List<PhotoMatch> search(BufferedImage picture, int limit) {
        return index().search(picture, limit);
    }

    /** Pictures the photo match compares with. */
    public int indexedCount() {
        return index().size();
    }

    /** The stored fingerprint of a picture, if it was fingerprinted. */
    public Optional<PhotoFingerprint> fingerprint(String imageLink) {
        return imageLink == null ? Optional.empty() : photos.find(imageLink);
    }

    /** Pictures that could not be fetched are tried again on the next update. */
    public int retryUnavailable() {
        return photos.forgetUnavailable();
    }

    private synchronized PhotoIndex index() {
        if (index == null) {
            PhotoIndex loaded = new PhotoIndex();
            for (PhotoRepository.Stored stored : photos.all()) {
                loaded.add(stored.imageLink(), stored.fingerprint());
            }
            index = loaded;
        }
        return index;
    }

    private synchronized void invalidate() {
        index = null;
    }

    private PhotoRepository.Row read(String link) {
        Optional<byte[]> bytes = fetcher.fetch(link);
        if (bytes.isEmpty()) {
            return new PhotoRepository.Row(link, null, "could not be fetched");
        }
        try {
            BufferedImage picture = PictureReader.read(bytes.get(), link);
            return new PhotoRepository.Row(link, PhotoFingerprint.of(picture).toBytes(), null);
        } catch (VitrineException unreadable) {
            return new PhotoRepository.Row(link, null, unreadable.getMessage());
        }
    }

    private static List<PhotoRepository.Row> results(List<Future<PhotoRepository.Row>> rows) {
        List<PhotoRepository.Row> done = new ArrayList<>(rows.size());
        try {
            for (Future<PhotoRepository.Row> row : rows) {
                done.add(row.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("Cancelled");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return done;
    }
}
