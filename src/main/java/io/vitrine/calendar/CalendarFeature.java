package io.vitrine.calendar;

import io.vitrine.brand.BrandFeature;
import io.vitrine.brand.BrandProfiles;
import io.vitrine.image.ImageStore;
import io.vitrine.poll.PollFeature;
import io.vitrine.post.PostFeature;

/** The calendar over posts and polls: it reads and moves them through their own services. */
public record CalendarFeature(CalendarService calendar, BrandProfiles brands, ImageStore images) {

    public static CalendarFeature of(PostFeature posts, PollFeature polls, BrandFeature brand) {
        return new CalendarFeature(new CalendarService(posts.posts(), polls.polls()), brand.brands(), posts.images());
    }
}
