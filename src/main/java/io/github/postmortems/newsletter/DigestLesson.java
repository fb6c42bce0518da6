package io.github.postmortems.newsletter;

/** A lesson worth sharing: the first sentences of a reviewed postmortem's Lessons Learned. */
public record DigestLesson(String text, String title, String pagePath) {
}
