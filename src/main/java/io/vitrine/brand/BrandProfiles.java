package io.vitrine.brand;

import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The brand profiles of a workspace: which one posts, and adding the first one. */
public final class BrandProfiles {
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9_.]{2,30}");
    private final Database database;
    private final BrandProfileRepository repository = new BrandProfileRepository();

    public BrandProfiles(Database database) {
        this.database = database;
    }

    public List<BrandProfile> list() {
        return database.read(repository::list);
    }

    public Optional<BrandProfile> find(long id) {
        return list().stream().filter(b -> b.id() == id).findFirst();
    }

    /**
     * The brand to post as: the one with {@code handle}, or the only one when no handle is given.
     * Clear errors when there is none or the choice is ambiguous.
     */
    public BrandProfile choose(String handle) {
        List<BrandProfile> brands = list();
        if (handle != null && !handle.isBlank()) {
            String wanted = handle.strip().replaceFirst("^@", "");
            return brands.stream().filter(b -> b.handle().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new VitrineException("There is no brand profile @" + wanted + " in this workspace.",
                            "Brand profiles here: " + handles(brands) + "."));
        }
        if (brands.isEmpty()) {
            throw new VitrineException("This workspace has no brand profile yet.",
                    "Add it in the app (Posts section) or with: ./studio post brand add -w W --name NAME --handle HANDLE --time-zone ZONE");
        }
        if (brands.size() > 1) {
            throw new VitrineException("This workspace has several brand profiles: " + handles(brands) + ".",
                    "Say which one posts with --brand HANDLE.");
        }
        return brands.get(0);
    }

    /** Adds a brand profile; the handle is the platform handle without '@'. */
    public BrandProfile create(String name, String handle, ZoneId zone) {
        String cleanName = name == null ? "" : name.strip();
        String cleanHandle = handle == null ? "" : handle.strip().replaceFirst("^@", "").toLowerCase(java.util.Locale.ROOT);
        if (cleanName.isEmpty()) {
            throw new VitrineException("A brand profile needs a name.", "Type the brand's name, e.g. Maison Lumière.");
        }
        if (!HANDLE.matcher(cleanHandle).matches()) {
            throw new VitrineException("\"" + handle + "\" is not a valid handle.",
                    "Use 2 to 30 lower-case letters, digits, '_' or '.', e.g. maisonlumiere.");
        }
        return database.write(sql -> {
            if (repository.handleTaken(sql, cleanHandle)) {
                throw new VitrineException("The handle @" + cleanHandle + " is already used here.", "Choose another handle.");
            }
            long id = repository.insert(sql, cleanName, cleanHandle, zone, Instant.now());
            return new BrandProfile(id, cleanName, cleanHandle, zone);
        });
    }

    private static String handles(List<BrandProfile> brands) {
        return String.join(", ", brands.stream().map(b -> "@" + b.handle()).toList());
    }

}
