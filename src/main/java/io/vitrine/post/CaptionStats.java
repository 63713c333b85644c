package io.vitrine.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the caption counters show: characters (as a person counts them: an emoji is one), hashtags
 * and @mentions, the way the platform recognises them (a # or @ not glued to a word before it).
 */
public record CaptionStats(int characters, List<String> hashtags, List<String> mentions) {
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_#&])#([\\p{L}\\p{N}_]*[\\p{L}_][\\p{L}\\p{N}_]*)");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])?)");

    public static CaptionStats of(String caption) {
        String text = caption == null ? "" : caption;
        return new CaptionStats(text.codePointCount(0, text.length()), find(HASHTAG, text), find(MENTION, text));
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    public int hashtagCount() {
        return hashtags.size();
    }

    public int mentionCount() {
        return mentions.size();
    }
}
