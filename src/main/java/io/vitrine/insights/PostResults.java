package io.vitrine.insights;

import java.util.List;

/** One post's results in a filter: totals, time series, each tagged product, and the pins with their heat. */
public record PostResults(PublicationTotals post, TimeSeries series, List<ProductTotals> products, List<PinHeat> pins) {
}
