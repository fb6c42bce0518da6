package io.github.postmortems.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of the search index and how each is analysed. The ranked fields and their boosts are shared with
 * the browser: a plain query scores the same in both.
 */
public final class SearchFields {

    /** The page path relative to the site root; the document's identity. */
    public static final String PAGE = "page";
    public static final String TITLE = "title";
    /** System and event from the file name, e.g. {@code payments card-timeouts}. */
    public static final String NAME = "name";
    /** Everything a reader can search: title, name, every section, the timeline and text attachments. */
    public static final String BODY = "body";
    public static final String ATTACHMENTS = "attachments";
    /** Stored only: the page text without the title and file name, where command-line snippets come from. */
    public static final String SNIPPET = "snippet";
    public static final String AUTHORS = "authors";
    /**
     * The body's words as written (lower case, possessives and stop words gone, not stemmed), indexed without
     * frequencies or norms: what a prefix completes and a typo is corrected against ("rollb" finds "rollback",
     * never "rolled", whose stem "roll" also starts "rollb"'s stem).
     */
    public static final String WORDS = "words";
    /** Minutes from the start to detection and to resolution, -1 when unknown: {@code ttd:} and {@code ttr:}. */
    public static final String TTD = "ttd";
    public static final String TTR = "ttr";
    /** The day as days since 1970, newest first in the index sort: {@code after:} and {@code before:}. */
    public static final String DAY = "order_day";

    public static final String SYSTEM = "system";
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    public static final String STATUS = "status";
    public static final String SEVERITY = "severity";

    /** Template sections indexed as their own fields, by section key. */
    public static final List<String> SECTIONS = List.of("summary", "impact", "root-causes", "trigger", "resolution",
            "detection", "lessons-learned", "action-items", "timeline");

    /** Ranked fields in the order the browser index lists them. */
    public static final List<String> RANKED = List.of(TITLE, NAME, BODY);

    /** Query-time boosts of the ranked fields: exact title matches first, then the file name, then the text. */
    public static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, NAME, 2f, BODY, 1f);

    /** Fields that hold one exact value (lower case), not prose. */
    public static final List<String> KEYWORDS = List.of(PAGE, SYSTEM, YEAR, MONTH, STATUS, SEVERITY);

    /**
     * A dot, colon or underscore between two ASCII letters, which StandardTokenizer keeps inside one token: read as a
     * space, so that {@code ci.jenkins.io}, {@code error:timeout} and {@code max_connections} are found by each of
     * their words (a host name is one token to Unicode's word rules, and a reader searching "jenkins" expects it).
     * Numbers keep their dots ({@code 10.2.3.4}, {@code v2.1.0}). {@code search.js} reads text the same way.
     */
    static final Pattern JOINER = Pattern.compile("(?<=[A-Za-z])[.:_](?=[A-Za-z])");

    private SearchFields() {
    }

    /** English analysis (possessives, lower case, stop words, Porter stemming) except for keyword fields. */
    public static Analyzer analyzer() {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected org.apache.lucene.analysis.TokenStream normalize(String fieldName,
                    org.apache.lucene.analysis.TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : KEYWORDS) {
            perField.put(field, keyword);
        }
        perField.put(WORDS, words());
        return new PerFieldAnalyzerWrapper(english(), perField);
    }

    /** EnglishAnalyzer's chain (with its stop words) over text whose joined words are apart ({@link #JOINER}). */
    static Analyzer english() {
        return chain(true);
    }

    /** StandardTokenizer over text read apart, then possessives, lower case, stop words and, if asked, Porter. */
    private static Analyzer chain(boolean stemmed) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return apart(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                org.apache.lucene.analysis.TokenStream words = unstemmed(source);
                return new TokenStreamComponents(source, stemmed ? new PorterStemFilter(words) : words);
            }

            @Override
            protected org.apache.lucene.analysis.TokenStream normalize(String fieldName,
                    org.apache.lucene.analysis.TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** Possessives, lower case and stop words: EnglishAnalyzer before its stemmer. */
    private static org.apache.lucene.analysis.TokenStream unstemmed(Tokenizer source) {
        org.apache.lucene.analysis.TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        return new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    /** One char for one, so every offset into the text stays true for highlighting. */
    private static Reader apart(Reader reader) {
        return new PatternReplaceCharFilter(JOINER, " ", reader);
    }

    /** Porter's stemmer on a whole string, as {@code search.js}'s {@code porter(word)}: a word as written to its stem. */
    public static Analyzer stemmer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(source));
            }
        };
    }

    /** EnglishAnalyzer's chain without its stemmer: the words of {@link #WORDS}. */
    public static Analyzer words() {
        return chain(false);
    }
}
