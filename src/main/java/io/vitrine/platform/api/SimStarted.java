package io.vitrine.platform.api;

import java.util.List;

/** Simulator only: the one JSON line {@code platform serve} prints when it is listening. */
public record SimStarted(String url, List<SimBrand> brands) {
}
