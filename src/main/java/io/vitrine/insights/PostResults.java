package io.vitrine.insights;

import java.util.List;

/**
 * One post's results in a filter: totals, time series, each tagged product, the pins with their heat, and the
 * post's photos (image ids in carousel order, for drawing the pins where they are).
 */
public record PostResults(PublicationTotals post, TimeSeries series, List<ProductTotals> products, List<PinHeat> pins,
                          List<String> photos) {
}
