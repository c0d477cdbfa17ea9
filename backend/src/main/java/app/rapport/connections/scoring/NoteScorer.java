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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
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
 *
 * <p>It cannot be fooled by saying more of the same: a sentence that repeats an earlier one and
 * a word repeated in a row are left out first, length is measured in different words of
 * substance (not stop words nor template vocabulary), and a detail counts once however often it
 * is named. Each reason that rests on particular words carries them as {@link Evidence} (their
 * place in the note as written), so the app can show exactly what earned it.
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
    /** Different words of substance (neither stop words nor template vocabulary) for the length bonuses. */
    static final int LONG_SUBSTANCE = 12;
    static final int MEDIUM_SUBSTANCE = 6;
    /** Fewer different words of substance than this is too short, however much stock text surrounds them. */
    static final int SHORT_SUBSTANCE = 4;
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
    /** A run of word characters as written (apostrophes inside words included). */
    private static final Pattern RAW_WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}'’`]+");
    /** Between two words, what ends a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");
    private static final Pattern SPACE_SEPARATED = Pattern.compile("\\S+");
    private static final Pattern TRIMMED = Pattern.compile("[\\p{L}\\p{N}].*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

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
        // Repetition adds nothing: a sentence that repeats an earlier one, and a word repeated
        // in a row, are left out before anything is measured.
        List<Token> tokens = withoutRepeats(note, tokenize(note, sender == null ? null : sender.displayName(),
                recipient == null ? null : recipient.displayName()));
        String normalized = String.join(" ", tokens.stream().map(Token::word).toList());
        List<String> words = words(normalized);
        List<String> meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        // Length counts different words of substance only, so padding with stock phrases or
        // filler cannot buy the length bonus.
        long substance = meaningful.stream().filter(w -> !templateVocabulary.contains(w)).distinct().count();
        EnumSet<ScoreReason> reasons = EnumSet.noneOf(ScoreReason.class);
        Map<ScoreReason, List<Evidence>> evidence = new EnumMap<>(ScoreReason.class);

        int score = 45;
        if (meaningful.stream().distinct().count() < SHORT_WORDS || substance < SHORT_SUBSTANCE) {
            reasons.add(ScoreReason.TOO_SHORT);
            score -= 25;
        } else if (substance >= LONG_SUBSTANCE) {
            score += 15;
        } else if (substance >= MEDIUM_SUBSTANCE) {
            score += 10;
        }

        Grams noteGrams = new Grams(normalized);
        double templateSimilarity = templates.stream().mapToDouble(t -> t.grams.similarity(noteGrams)).max().orElse(0);
        long outsideVocabulary = meaningful.stream().filter(w -> !templateVocabulary.contains(w)).count();
        double vocabularyShare = meaningful.isEmpty() ? 1 : 1 - (double) outsideVocabulary / meaningful.size();

        List<Evidence> named = find(note, tokens, RECIPIENT, "their name");
        if (!named.isEmpty()) {
            reasons.add(ScoreReason.MENTIONS_RECIPIENT);
            evidence.put(ScoreReason.MENTIONS_RECIPIENT, named);
            score += 5;
        }
        List<Evidence> work = recipient == null ? List.of() : mentionsWork(note, tokens, recipient);
        if (!work.isEmpty()) {
            reasons.add(ScoreReason.MENTIONS_RECIPIENT_WORK);
            evidence.put(ScoreReason.MENTIONS_RECIPIENT_WORK, work);
            score += 20;
        }
        List<Evidence> shared = mentionsSharedContext(note, tokens, sender, recipient);
        if (!shared.isEmpty()) {
            reasons.add(ScoreReason.MENTIONS_SHARED_CONTEXT);
            evidence.put(ScoreReason.MENTIONS_SHARED_CONTEXT, shared);
            score += 25;
        }
        List<Evidence> details = specificDetails(note, tokens, sender, recipient);
        if (details.size() >= 2) {
            reasons.add(ScoreReason.SPECIFIC_DETAILS);
            evidence.put(ScoreReason.SPECIFIC_DETAILS, details);
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
        List<Evidence> pitch = opensWithPitch(note, tokens);
        if (!pitch.isEmpty()) {
            reasons.add(ScoreReason.PITCH);
            evidence.put(ScoreReason.PITCH, pitch);
            score = Math.min(score - 35, PITCH_CEILING);
        }
        score = Math.max(0, Math.min(100, score));
        NoteVerdict verdict = score >= PERSONAL_THRESHOLD ? NoteVerdict.PERSONAL : NoteVerdict.GENERIC;
        return new NoteScore(score, verdict, List.copyOf(reasons), normalized, Map.copyOf(evidence));
    }

    /**
     * The note's words, normalized as {@link #normalize} does, each with the span of the note it
     * came from; a name written in several words ("Maria Gonzalez") is one placeholder token.
     */
    static List<Token> tokenize(String note, String senderName, String recipientName) {
        Set<String> recipientWords = nameWords(recipientName);
        Set<String> senderWords = nameWords(senderName);
        List<Token> out = new ArrayList<>();
        Matcher m = RAW_WORD.matcher(note);
        while (m.find()) {
            for (String w : words(normalize(m.group(), null, null))) {
                String mapped = recipientWords.contains(w) ? RECIPIENT : senderWords.contains(w) ? SENDER : w;
                Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (previous != null && mapped.equals(previous.word())
                        && (mapped.equals(RECIPIENT) || mapped.equals(SENDER))) {
                    out.set(out.size() - 1, new Token(mapped, previous.start(), m.end()));
                    continue;
                }
                out.add(new Token(mapped, m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * Leaves out a sentence that (nearly) repeats an earlier one, and a word that repeats the one
     * before it, so that saying something three times counts as saying it once.
     */
    static List<Token> withoutRepeats(String note, List<Token> tokens) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int from = 0;
        for (Token t : tokens) {
            if (!current.isEmpty() && SENTENCE_END.matcher(note.substring(from, t.start())).find()) {
                sentences.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
            from = t.end();
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        List<Grams> kept = new ArrayList<>();
        List<Token> out = new ArrayList<>();
        for (List<Token> sentence : sentences) {
            Grams g = new Grams(String.join(" ", sentence.stream().map(Token::word).toList()));
            if (sentence.size() >= 3 && kept.stream().anyMatch(k -> k.similarity(g) >= PASTE_SIMILARITY)) {
                continue;
            }
            kept.add(g);
            for (Token t : sentence) {
                if (!out.isEmpty() && out.get(out.size() - 1).word().equals(t.word())) {
                    continue;
                }
                out.add(t);
            }
        }
        return out;
    }

    /** Where the phrase (normalized words) occurs among the tokens, as evidence. */
    private static List<Evidence> find(String note, List<Token> tokens, String phrase, String matches) {
        List<String> target = words(phrase);
        List<Evidence> out = new ArrayList<>();
        if (target.isEmpty()) {
            return out;
        }
        for (int i = 0; i + target.size() <= tokens.size(); i++) {
            boolean hit = true;
            for (int j = 0; j < target.size() && hit; j++) {
                hit = tokens.get(i + j).word().equals(target.get(j));
            }
            if (hit) {
                int start = tokens.get(i).start();
                int end = tokens.get(i + target.size() - 1).end();
                out.add(new Evidence(start, end, note.substring(start, end), matches));
                i += target.size() - 1;
            }
        }
        return out;
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

    /** The recipient's company, title, past companies and titles, and distinctive headline words, where the note names them. */
    private List<Evidence> mentionsWork(String note, List<Token> tokens, NoteContext.Person recipient) {
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        addWork(out, seen, note, tokens, recipient.currentCompany(), "their company");
        addWork(out, seen, note, tokens, recipient.currentTitle(), "their title");
        if (recipient.companies() != null) {
            recipient.companies().forEach(c -> addWork(out, seen, note, tokens, c, "their past company"));
        }
        if (recipient.titles() != null) {
            recipient.titles().forEach(t -> addWork(out, seen, note, tokens, t, "their past title"));
        }
        // Distinctive headline words ("payments", "kubernetes"), not template vocabulary.
        if (recipient.headline() != null) {
            for (String w : words(normalize(recipient.headline(), null, null))) {
                if (w.length() >= 4 && !templateVocabulary.contains(w) && !STOP_WORDS.contains(w)) {
                    addWork(out, seen, note, tokens, w, "a word of their headline");
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Evidence::start));
        return out;
    }

    private static void addWork(List<Evidence> out, Set<String> seen, String note, List<Token> tokens, String phrase,
                                String what) {
        String normalized = normalize(phrase, null, null);
        if (normalized.isBlank() || !seen.add(normalized)) {
            return;
        }
        for (Evidence e : find(note, tokens, normalized, what + " " + phrase.strip())) {
            if (out.stream().noneMatch(o -> o.start() < e.end() && e.start() < o.end())) {
                out.add(e);
            }
        }
    }

    /** One pitch phrase, or two weak ones, among the note's first {@link #OPENING_WORDS} words. */
    private List<Evidence> opensWithPitch(String note, List<Token> tokens) {
        List<Token> opening = tokens.subList(0, Math.min(tokens.size(), OPENING_WORDS));
        for (String phrase : pitchPhrases) {
            List<Evidence> found = find(note, opening, phrase, "a sales pitch");
            if (!found.isEmpty()) {
                return found.subList(0, 1);
            }
        }
        List<Evidence> weak = new ArrayList<>();
        for (String phrase : weakPitchPhrases) {
            List<Evidence> found = find(note, opening, phrase, "a sales pitch");
            if (!found.isEmpty()) {
                weak.add(found.get(0));
            }
        }
        return weak.size() >= 2 ? weak : List.of();
    }

    private List<Evidence> mentionsSharedContext(String note, List<Token> tokens, NoteContext.Person sender,
                                                 NoteContext.Person recipient) {
        List<Evidence> out = new ArrayList<>();
        for (String phrase : sharedContextPhrases) {
            out.addAll(find(note, tokens, phrase, "something you share"));
        }
        if (sender != null && recipient != null) {
            Set<String> senderCompanies = companies(sender);
            for (String company : companies(recipient)) {
                if (senderCompanies.contains(company)) {
                    out.addAll(find(note, tokens, company, "a company you both worked at"));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Evidence::start));
        return out;
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

    /**
     * Capitalized words that are neither sentence starts nor names, plus numbers; each different
     * one once (a proper noun said three times is one detail).
     */
    private static List<Evidence> specificDetails(String note, List<Token> kept, NoteContext.Person sender,
                                                  NoteContext.Person recipient) {
        Set<String> names = new HashSet<>();
        if (sender != null) {
            names.addAll(nameWords(sender.displayName()));
        }
        if (recipient != null) {
            names.addAll(nameWords(recipient.displayName()));
        }
        Set<Integer> keptStarts = new HashSet<>();
        kept.forEach(t -> keptStarts.add(t.start()));
        Set<String> seen = new HashSet<>();
        List<Evidence> out = new ArrayList<>();
        Matcher m = SPACE_SEPARATED.matcher(note.trim());
        int offset = note.indexOf(note.trim());
        boolean sentenceStart = true;
        while (m.find()) {
            String raw = m.group();
            Matcher inner = TRIMMED.matcher(raw);
            if (inner.find()) {
                String token = inner.group();
                int start = offset + m.start() + inner.start();
                boolean capitalized = Character.isUpperCase(token.codePointAt(0));
                boolean number = token.chars().anyMatch(Character::isDigit);
                String lower = normalize(token, null, null);
                if ((number || (capitalized && !sentenceStart && !SENTENCE_WORDS.contains(token)
                        && !names.contains(lower) && !STOP_WORDS.contains(lower)))
                        && keptStarts.contains(start) && seen.add(lower)) {
                    out.add(new Evidence(start, start + token.length(), token, number ? "a number or date" : "a name of something"));
                }
                sentenceStart = false;
            }
            if (raw.endsWith(".") || raw.endsWith("!") || raw.endsWith("?") || raw.endsWith(",")
                    || raw.endsWith(":") || raw.endsWith("—") || raw.endsWith("-")) {
                sentenceStart = true;
            }
        }
        return out;
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

    /** A normalized word of the note and the span of the note it came from. */
    record Token(String word, int start, int end) {
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
