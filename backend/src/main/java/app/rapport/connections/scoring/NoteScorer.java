package app.rapport.connections.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores how personal a connection-request note is (0–100) and says why.
 *
 * <p>The note is normalized first: lowercased, accents and punctuation stripped, and the
 * recipient's and sender's names replaced by placeholders, so that "Hi Maria, I'd like to add
 * you to my network" and "hello john i would like to add you to my network" look alike.
 * Genericness is then measured, not matched: the best similarity to any known template
 * (maximum of word-set Jaccard and character-trigram Jaccard, both tolerant of small edits),
 * the share of the note's words that belong to the templates' vocabulary, and the similarity
 * to the sender's recent notes to other people. Personal signals are references to the
 * recipient (name, company, title, headline, past companies), shared context (a company both
 * worked at, "we met at", "your talk"...) and specific details (proper nouns, numbers).
 * A note that opens with a sales pitch (selling something, asking for a call, a demo or the
 * budget owner) is generic whatever else it says: members who keep real networks ignore "a
 * generic pitch out of the gate", even one that names them or their company.
 * Templates, shared-context and pitch phrases live in resource files, so they can grow without code.
 */
@ApplicationScoped
public class NoteScorer {

    /** At or above this similarity to a template, a note is a template with small edits. */
    static final double TEMPLATE_SIMILARITY = 0.55;
    /** At or above this similarity to an earlier note, the two are "the same text". */
    static final double PASTE_SIMILARITY = 0.8;
    /** This many earlier near-copies to other people make a note "pasted to many". */
    static final int PASTE_COUNT = 2;
    /** A note with fewer meaningful words than this is too short to be personal. */
    static final int SHORT_WORDS = 6;
    /** Share of template vocabulary at or above which a note is a template paraphrase. */
    static final double TEMPLATE_VOCABULARY_SHARE = 0.85;
    public static final int PERSONAL_THRESHOLD = 50;
    /** The opening of a note, where a pitch makes it generic: its first this many words. */
    static final int OPENING_WORDS = 30;
    /** A pitch scores at most this, whatever else the note says. */
    static final int PITCH_CEILING = 25;

    static final String RECIPIENT = "rcpt";
    static final String SENDER = "sndr";

    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as",
            "is", "are", "was", "were", "be", "been", "am", "it", "its", "this", "that", "these", "those",
            "i", "im", "id", "ive", "ill", "me", "my", "we", "our", "us", "you", "your", "youre", "yours",
            "he", "she", "they", "them", "their", "hi", "hello", "hey", "dear", "so", "very", "really",
            "would", "will", "can", "could", "should", "do", "does", "did", "have", "has", "had", "not",
            "if", "about", "there", "here", "also", "just", "all", "any", "some", "more", "what", "how",
            RECIPIENT, SENDER);
    private static final Set<String> SENTENCE_WORDS = Set.of("I", "I'm", "I'd", "I've", "I'll");

    private final List<Template> templates;
    private final Set<String> templateVocabulary;
    private final List<String> sharedContextPhrases;
    private final List<String> pitchPhrases;
    private final List<String> weakPitchPhrases;

    /** The scorer with the templates and phrases shipped in the resource files. */
    public NoteScorer() {
        this(readLines("note-templates.txt"), readLines("note-shared-context.txt"), readLines("note-pitch-phrases.txt"));
    }

    /**
     * @param pitchLines phrases of a pitch; one in a note's opening makes it a pitch, or two of
     *                   those marked with a leading "~"
     */
    public NoteScorer(List<String> templateLines, List<String> sharedContextLines, List<String> pitchLines) {
        this.templates = templateLines.stream()
                .map(t -> t.replace("{name}", RECIPIENT).replace("{me}", SENDER))
                .map(t -> normalize(t, null, null))
                .filter(t -> !t.isBlank())
                .map(Template::new)
                .toList();
        Set<String> vocabulary = new HashSet<>(STOP_WORDS);
        templates.forEach(t -> vocabulary.addAll(t.words));
        this.templateVocabulary = Set.copyOf(vocabulary);
        this.sharedContextPhrases = sharedContextLines.stream().map(l -> normalize(l, null, null))
                .filter(l -> !l.isBlank()).toList();
        this.pitchPhrases = pitchLines.stream().filter(l -> !l.startsWith("~")).map(l -> normalize(l, null, null))
                .filter(l -> !l.isBlank()).toList();
        this.weakPitchPhrases = pitchLines.stream().filter(l -> l.startsWith("~"))
                .map(l -> normalize(l.substring(1), null, null)).filter(l -> !l.isBlank()).toList();
    }

    public NoteScore score(String note, NoteContext context) {
        NoteContext.Person sender = context.sender();
        NoteContext.Person recipient = context.recipient();
        if (note == null || note.isBlank()) {
            return new NoteScore(0, NoteVerdict.GENERIC, List.of(ScoreReason.NO_NOTE), "");
        }
        String normalized = normalize(note, sender == null ? null : sender.displayName(),
                recipient == null ? null : recipient.displayName());
        List<String> words = words(normalized);
        List<String> meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        EnumSet<ScoreReason> reasons = EnumSet.noneOf(ScoreReason.class);

        int score = 45;
        if (meaningful.size() < SHORT_WORDS) {
            reasons.add(ScoreReason.TOO_SHORT);
            score -= 25;
        } else if (words.size() >= 25) {
            score += 15;
        } else if (words.size() >= 12) {
            score += 10;
        }

        Grams noteGrams = new Grams(normalized);
        double templateSimilarity = templates.stream().mapToDouble(t -> t.grams.similarity(noteGrams)).max().orElse(0);
        long outsideVocabulary = meaningful.stream().filter(w -> !templateVocabulary.contains(w)).count();
        double vocabularyShare = meaningful.isEmpty() ? 1 : 1 - (double) outsideVocabulary / meaningful.size();

        if (words.contains(RECIPIENT)) {
            reasons.add(ScoreReason.MENTIONS_RECIPIENT);
            score += 5;
        }
        if (recipient != null && mentionsWork(normalized, recipient)) {
            reasons.add(ScoreReason.MENTIONS_RECIPIENT_WORK);
            score += 20;
        }
        if (mentionsSharedContext(normalized, sender, recipient)) {
            reasons.add(ScoreReason.MENTIONS_SHARED_CONTEXT);
            score += 25;
        }
        if (specificDetails(note, sender, recipient) >= 2) {
            reasons.add(ScoreReason.SPECIFIC_DETAILS);
            score += 10;
        }
        boolean personalSignals = reasons.contains(ScoreReason.MENTIONS_RECIPIENT_WORK)
                || reasons.contains(ScoreReason.MENTIONS_SHARED_CONTEXT);
        if (templateSimilarity >= TEMPLATE_SIMILARITY
                || (vocabularyShare >= TEMPLATE_VOCABULARY_SHARE && !personalSignals)) {
            reasons.add(ScoreReason.GENERIC_TEMPLATE);
            score -= 35;
        }
        if (words.size() >= 3 && context.senderRecentNotes() != null) {
            long copies = context.senderRecentNotes().stream().filter(Objects::nonNull)
                    .filter(previous -> new Grams(previous).similarity(noteGrams) >= PASTE_SIMILARITY)
                    .count();
            if (copies >= PASTE_COUNT) {
                reasons.add(ScoreReason.PASTED_TO_MANY);
                score -= 45;
            }
        }
        if (opensWithPitch(words)) {
            reasons.add(ScoreReason.PITCH);
            score = Math.min(score - 35, PITCH_CEILING);
        }
        score = Math.max(0, Math.min(100, score));
        NoteVerdict verdict = score >= PERSONAL_THRESHOLD ? NoteVerdict.PERSONAL : NoteVerdict.GENERIC;
        List<ScoreReason> ordered = new ArrayList<>(reasons);
        return new NoteScore(score, verdict, List.copyOf(ordered), normalized);
    }

    /**
     * Lowercase, no accents, no punctuation, single spaces; the words of the two names become
     * placeholders so that the same template addressed to different people compares equal.
     */
    public static String normalize(String text, String senderName, String recipientName) {
        if (text == null) {
            return "";
        }
        String s = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = NON_WORD.matcher(s).replaceAll(" ").trim();
        if (s.isEmpty()) {
            return s;
        }
        Set<String> recipientWords = nameWords(recipientName);
        Set<String> senderWords = nameWords(senderName);
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String w : s.split(" ")) {
            String mapped = recipientWords.contains(w) ? RECIPIENT : senderWords.contains(w) ? SENDER : w;
            if (mapped.equals(previous) && (mapped.equals(RECIPIENT) || mapped.equals(SENDER))) {
                continue; // "maria gonzalez" is one mention, not two
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(mapped);
            previous = mapped;
        }
        return out.toString();
    }

    private static Set<String> nameWords(String name) {
        if (name == null) {
            return Set.of();
        }
        Set<String> result = new HashSet<>(words(normalize(name, null, null)));
        result.removeIf(w -> w.length() < 2);
        return result;
    }

    private static List<String> words(String normalized) {
        return normalized.isBlank() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    private boolean mentionsWork(String normalized, NoteContext.Person recipient) {
        List<String> phrases = new ArrayList<>();
        phrases.add(recipient.currentCompany());
        phrases.add(recipient.currentTitle());
        if (recipient.companies() != null) {
            phrases.addAll(recipient.companies());
        }
        if (recipient.titles() != null) {
            phrases.addAll(recipient.titles());
        }
        for (String phrase : phrases) {
            if (containsPhrase(normalized, normalize(phrase, null, null))) {
                return true;
            }
        }
        // Distinctive headline words ("payments", "kubernetes"), not template vocabulary.
        if (recipient.headline() != null) {
            Set<String> noteWords = new HashSet<>(words(normalized));
            for (String w : words(normalize(recipient.headline(), null, null))) {
                if (w.length() >= 4 && !templateVocabulary.contains(w) && noteWords.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One pitch phrase, or two weak ones, among the note's first {@link #OPENING_WORDS} words. */
    private boolean opensWithPitch(List<String> words) {
        String opening = String.join(" ", words.subList(0, Math.min(words.size(), OPENING_WORDS)));
        for (String phrase : pitchPhrases) {
            if (containsPhrase(opening, phrase)) {
                return true;
            }
        }
        long weak = weakPitchPhrases.stream().filter(p -> containsPhrase(opening, p)).count();
        return weak >= 2;
    }

    private boolean mentionsSharedContext(String normalized, NoteContext.Person sender, NoteContext.Person recipient) {
        for (String phrase : sharedContextPhrases) {
            if (containsPhrase(normalized, phrase)) {
                return true;
            }
        }
        if (sender == null || recipient == null) {
            return false;
        }
        Set<String> senderCompanies = companies(sender);
        for (String company : companies(recipient)) {
            if (senderCompanies.contains(company) && containsPhrase(normalized, company)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> companies(NoteContext.Person p) {
        Set<String> result = new LinkedHashSet<>();
        if (p.currentCompany() != null) {
            result.add(normalize(p.currentCompany(), null, null));
        }
        if (p.companies() != null) {
            p.companies().forEach(c -> result.add(normalize(c, null, null)));
        }
        result.removeIf(String::isBlank);
        return result;
    }

    /** Capitalized words that are neither sentence starts nor names, plus numbers. */
    private static int specificDetails(String note, NoteContext.Person sender, NoteContext.Person recipient) {
        Set<String> names = new HashSet<>();
        if (sender != null) {
            names.addAll(nameWords(sender.displayName()));
        }
        if (recipient != null) {
            names.addAll(nameWords(recipient.displayName()));
        }
        String[] tokens = note.trim().split("\\s+");
        int count = 0;
        boolean sentenceStart = true;
        for (String raw : tokens) {
            String token = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!token.isEmpty()) {
                boolean capitalized = Character.isUpperCase(token.codePointAt(0));
                boolean number = token.chars().anyMatch(Character::isDigit);
                String lower = normalize(token, null, null);
                if (number || (capitalized && !sentenceStart && !SENTENCE_WORDS.contains(token)
                        && !names.contains(lower) && !STOP_WORDS.contains(lower))) {
                    count++;
                }
                sentenceStart = false;
            }
            if (raw.endsWith(".") || raw.endsWith("!") || raw.endsWith("?") || raw.endsWith(",")
                    || raw.endsWith(":") || raw.endsWith("—") || raw.endsWith("-")) {
                sentenceStart = true;
            }
        }
        return count;
    }

    private static boolean containsPhrase(String normalized, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return false;
        }
        return (" " + normalized + " ").contains(" " + phrase + " ");
    }

    private static List<String> readLines(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            in = NoteScorer.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Template(Grams grams, Set<String> words) {
        Template(String normalized) {
            this(new Grams(normalized), new HashSet<>(NoteScorer.words(normalized)));
        }
    }

    /** Word set and character trigrams of a normalized text, for edit-tolerant similarity. */
    static final class Grams {
        final Set<String> words;
        final Set<String> trigrams;

        Grams(String normalized) {
            this.words = new HashSet<>(NoteScorer.words(normalized));
            this.trigrams = new HashSet<>();
            String padded = "  " + normalized + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }

        /** The larger of word-set Jaccard and trigram Jaccard. */
        double similarity(Grams other) {
            return Math.max(jaccard(words, other.words), jaccard(trigrams, other.trigrams));
        }

        private static double jaccard(Set<String> a, Set<String> b) {
            if (a.isEmpty() && b.isEmpty()) {
                return 1;
            }
            int common = 0;
            for (String x : a) {
                if (b.contains(x)) {
                    common++;
                }
            }
            return (double) common / (a.size() + b.size() - common);
        }
    }
}
