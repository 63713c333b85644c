package io.vitrine.post;

import java.nio.file.Path;
import java.util.List;

/**
 * A post described in words and file paths, as the CLI and a CSV row give it.
 *
 * @param schedule ISO date-time text, or null/blank for a draft
 * @param campaign campaign name, or null/blank for none
 */
public record NewPost(List<Path> images, String caption, List<String> tags, String schedule, String campaign,
                      List<String> interests, String callToAction) {

    public NewPost {
        images = List.copyOf(images);
        tags = List.copyOf(tags);
        interests = List.copyOf(interests == null ? List.of() : interests);
    }
}
