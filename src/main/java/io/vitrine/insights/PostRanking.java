package io.vitrine.insights;

import java.util.List;

/** The posts that did best and worst on a metric in a filter (bottom: published posts, never also on top). */
public record PostRanking(EventType metric, List<RankedPost> top, List<RankedPost> bottom) {
}
