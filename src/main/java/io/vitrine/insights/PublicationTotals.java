package io.vitrine.insights;

/** A post or a poll ({@code kind} "post" / "poll") with what it did in a filter. */
public record PublicationTotals(String kind, long id, String title, String status, Totals totals) {

    public boolean isPost() {
        return "post".equals(kind);
    }

    /** "#12 Linen season is here" — the first line of the caption or question, shortened. */
    public String label() {
        String text = title == null || title.isBlank() ? "(no caption)" : title.strip().lines().findFirst().orElse("");
        return "#" + id + "  " + (text.length() > 60 ? text.substring(0, 59) + "…" : text);
    }
}
