package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;

/**
 * How a postmortem stands to another that front matter links it with, read from either side.
 *
 * @param kind "duplicate of", "duplicated by", "follows" or "followed by"
 */
public record Relation(String kind, Summary other) {
}
