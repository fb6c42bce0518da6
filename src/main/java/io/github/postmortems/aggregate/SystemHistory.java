package io.github.postmortems.aggregate;

import io.github.postmortems.parse.Postmortem;

import java.util.List;

/** One system's postmortems, newest first. */
public record SystemHistory(String name, List<Postmortem> postmortems) {

    public SystemHistory {
        postmortems = List.copyOf(postmortems);
    }

    public Postmortem latest() {
        return postmortems.get(0);
    }

    public Postmortem first() {
        return postmortems.get(postmortems.size() - 1);
    }

    public long openActionItems() {
        return postmortems.stream().mapToLong(Postmortem::openActionItems).sum();
    }

    /** Up to {@code limit} of this system's other postmortems, newest first. */
    public List<Postmortem> others(Postmortem p, int limit) {
        return postmortems.stream().filter(o -> !o.sourcePath().equals(p.sourcePath())).limit(limit).toList();
    }

    /** Site-relative path of the system's page. */
    public String pagePath() {
        return "systems/" + name + ".html";
    }
}
