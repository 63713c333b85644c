package io.vitrine.brand;

import java.time.LocalDate;

/** A campaign groups posts and polls: a name, dates, a goal and a budget note. */
public record Campaign(Long id, String name, LocalDate startsOn, LocalDate endsOn, String goal, String budgetNote) {

    public Campaign {
        name = name == null ? "" : name.strip();
    }

    /** "12 Nov – 30 Nov 2026", or what is known of it. */
    public String dates() {
        if (startsOn == null && endsOn == null) {
            return "No dates";
        }
        return (startsOn == null ? "…" : startsOn.toString()) + " – " + (endsOn == null ? "…" : endsOn.toString());
    }

    @Override
    public String toString() {
        return name;
    }
}
