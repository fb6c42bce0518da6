package io.github.postmortems.index;

/**
 * One result of a search.
 *
 * @param page the postmortem's page, relative to the site root
 * @param snippet a passage with matched terms between {@code [} and {@code ]}, or the start of the summary
 */
public record SearchHit(int rank, float score, String page, String title, String snippet) {
}
