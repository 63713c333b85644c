package io.vitrine.sync;

import io.vitrine.common.VitrineException;
import io.vitrine.platform.api.BrandInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the workspace brand a platform account belongs to, linking it on first contact: the brand
 * already linked to that id, else the only unlinked brand, else the unlinked brand with the same handle.
 */
final class BrandLinker {
    private final SyncStateRepository state;

    BrandLinker(SyncStateRepository state) {
        this.state = state;
    }

    LinkedBrand link(BrandInfo platformBrand, String platformUrl) {
        List<LinkedBrand> brands = state.brands();
        Optional<LinkedBrand> match = brands.stream()
                .filter(b -> platformBrand.id().equals(b.platformBrandId())).findFirst()
                .or(() -> onlyUnlinked(brands))
                .or(() -> brands.stream().filter(b -> b.platformBrandId() == null)
                        .filter(b -> b.handle().equalsIgnoreCase(Objects.toString(platformBrand.handle(), ""))).findFirst());
        LinkedBrand brand = match.orElseThrow(() -> new VitrineException("The token belongs to the platform brand \""
                + platformBrand.name() + "\" (" + platformBrand.id() + "), and no brand of this workspace is linked to it.",
                "Use the token of this workspace's brand, or add a brand with the handle @" + platformBrand.handle() + "."));
        if (!platformBrand.id().equals(brand.platformBrandId()) || !platformUrl.equals(brand.platformUrl())) {
            state.link(brand.id(), platformBrand.id(), platformUrl);
        }
        return new LinkedBrand(brand.id(), brand.name(), brand.handle(), platformBrand.id(), platformUrl);
    }

    private static Optional<LinkedBrand> onlyUnlinked(List<LinkedBrand> brands) {
        List<LinkedBrand> unlinked = brands.stream().filter(b -> b.platformBrandId() == null).toList();
        return brands.size() == 1 && unlinked.size() == 1 ? Optional.of(unlinked.get(0)) : Optional.empty();
    }
}
