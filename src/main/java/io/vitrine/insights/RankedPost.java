package io.vitrine.insights;

/** A post in a top or bottom list, with its daily count of the ranking metric (a sparkline). */
public record RankedPost(PublicationTotals post, long[] daily) {
}
