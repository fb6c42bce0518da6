package io.github.postmortems.parse;

import java.util.List;

/**
 * Lessons under one sub-heading of Lessons Learned ("What went well", "What went wrong", "Where we got lucky"),
 * or under none when the author wrote them straight into the section.
 *
 * @param heading the sub-heading as written, or null
 * @param points each list item or paragraph, as plain text
 */
public record LessonGroup(String heading, List<String> points) implements java.io.Serializable {

    public LessonGroup {
        points = List.copyOf(points);
    }

    /**
     * Reads the section's blocks: a heading opens a group, each item of a list and each paragraph is a point. A
     * nested list stays part of its item's point.
     */
    static List<LessonGroup> read(List<com.vladsch.flexmark.util.ast.Node> blocks) {
        List<LessonGroup> groups = new java.util.ArrayList<>();
        String heading = null;
        List<String> points = new java.util.ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node block : blocks) {
            if (block instanceof com.vladsch.flexmark.ast.Heading h) {
                if (heading != null || !points.isEmpty()) {
                    groups.add(new LessonGroup(heading, points));
                }
                heading = Markdown.text(h);
                points = new java.util.ArrayList<>();
            } else if (block instanceof com.vladsch.flexmark.ast.ListBlock list) {
                for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
                    String text = Markdown.text(item);
                    if (!text.isEmpty()) {
                        points.add(text);
                    }
                }
            } else if (!(block instanceof com.vladsch.flexmark.ast.HtmlCommentBlock)) {
                String text = Markdown.text(block);
                if (!text.isEmpty()) {
                    points.add(text);
                }
            }
        }
        if (heading != null || !points.isEmpty()) {
            groups.add(new LessonGroup(heading, points));
        }
        return groups.stream().filter(g -> !g.points().isEmpty()).toList();
    }
}
