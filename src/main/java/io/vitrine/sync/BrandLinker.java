package io.vitrine.sync;

import io.vitrine.common.VitrineException;
import io.vitrine.platform.api.BrandInfo;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the workspace brand a platform account belongs to, linking it on first contact: the brand already
 * linked to that id; else the brand the person confirmed ({@code confirmed}: its name or handle); else the
 * unlinked brand with the same handle; else the only brand, if it is unlinked and has the account's handle
 * (or, for an account without one, its name). An unlinked brand of another name and handle is never linked
 * on a guess ({@link BrandLinkNeeded}): the token may be another brand's.
 */
final class BrandLinker {
    private final SyncStateRepository state;

    BrandLinker(SyncStateRepository state) {
        this.state = state;
    }

    /** @param confirmed the name or handle of the workspace brand the person said to link to this account, or null */
    LinkedBrand link(BrandInfo platformBrand, String platformUrl, String confirmed) {
        List<LinkedBrand> brands = state.brands();
        LinkedBrand brand = brands.stream().filter(b -> platformBrand.id().equals(b.platformBrandId())).findFirst()
                .or(() -> confirmed(brands, confirmed))
                .or(() -> brands.stream().filter(b -> b.platformBrandId() == null)
                        .filter(b -> sameHandle(b.handle(), platformBrand.handle())).findFirst())
                .or(() -> onlyUnlinked(brands, platformBrand))
                .orElseThrow(() -> new VitrineException("The token belongs to the platform brand \"" + platformBrand.name()
                        + "\" (" + platformBrand.id() + "), and no brand of this workspace is linked to it.",
                        "Use the token of this workspace's brand, or add a brand with the handle @" + platformBrand.handle() + "."));
        if (!platformBrand.id().equals(brand.platformBrandId()) || !platformUrl.equals(brand.platformUrl())) {
            state.link(brand.id(), platformBrand.id(), platformUrl);
        }
        return new LinkedBrand(brand.id(), brand.name(), brand.handle(), platformBrand.id(), platformUrl);
    }

    private static Optional<LinkedBrand> confirmed(List<LinkedBrand> brands, String confirmed) {
        if (confirmed == null || confirmed.isBlank()) {
            return Optional.empty();
        }
        LinkedBrand brand = brands.stream().filter(b -> sameName(b.name(), confirmed) || sameHandle(b.handle(), confirmed))
                .findFirst().orElseThrow(() -> new VitrineException("This workspace has no brand named \"" + confirmed + "\".",
                        "Give --link-brand the name or @handle of one of its brands (post brand list shows them)."));
        if (brand.platformBrandId() != null) {
            throw new VitrineException(brand.name() + " is already linked to the platform account " + brand.platformBrandId()
                    + "; a brand is linked once.", "Use the token of that account for " + brand.name() + ".");
        }
        return Optional.of(brand);
    }

    private static Optional<LinkedBrand> onlyUnlinked(List<LinkedBrand> brands, BrandInfo platformBrand) {
        if (brands.size() != 1 || brands.get(0).platformBrandId() != null) {
            return Optional.empty();
        }
        LinkedBrand only = brands.get(0);
        boolean noHandle = platformBrand.handle() == null || platformBrand.handle().isBlank();
        if (noHandle && sameName(only.name(), platformBrand.name())) {
            return Optional.of(only);
        }
        throw new BrandLinkNeeded(only, platformBrand);
    }

    static boolean sameHandle(String a, String b) {
        return a != null && b != null && !b.isBlank() && handle(a).equals(handle(b));
    }

    private static String handle(String text) {
        return text.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    /** "Maison Lumière" and "maison lumiere" are the same name. */
    static boolean sameName(String a, String b) {
        return a != null && b != null && folded(a).equals(folded(b));
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
