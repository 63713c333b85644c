package io.vitrine.sync;

/** A workspace brand and the platform account it is linked to ({@code platformBrandId}/{@code platformUrl} null until linked). */
public record LinkedBrand(long id, String name, String handle, String platformBrandId, String platformUrl) {
    public boolean linked() {
        return platformBrandId != null && platformUrl != null;
    }
}
