package io.vitrine.sync;

import io.vitrine.common.VitrineException;
import io.vitrine.platform.api.BrandInfo;

/**
 * A first sync would link a workspace brand to a platform account of another name and handle: the token
 * may be another brand's (Maison Lumière's posts going out on Northwind's account). Nothing was sent; the
 * link needs the person's say-so ({@code --link-brand} on the command line, a question in the app).
 */
public final class BrandLinkNeeded extends VitrineException {
    private final LinkedBrand local;
    private final BrandInfo platform;

    BrandLinkNeeded(LinkedBrand local, BrandInfo platform) {
        super("The token belongs to the platform account \"" + platform.name() + "\" (" + handle(platform.handle()) + ", "
                        + platform.id() + "), not to this workspace's brand \"" + local.name() + "\" (@" + local.handle()
                        + "), which has no platform account linked yet. Nothing was sent to the platform.",
                "If " + local.name() + "'s posts and polls should go out on that account, confirm the link: run sync again"
                        + " with --link-brand \"" + local.name() + "\" (in the app, connect the brand again and confirm)."
                        + " Otherwise use " + local.name() + "'s own token.");
        this.local = local;
        this.platform = platform;
    }

    private static String handle(String handle) {
        return handle == null || handle.isBlank() ? "no handle" : "@" + handle;
    }

    /** The workspace brand that would be linked. */
    public LinkedBrand local() {
        return local;
    }

    /** The platform account the token belongs to. */
    public BrandInfo platform() {
        return platform;
    }
}
