package app.rapport.common.text;

/**
 * What text Rapport accepts, as pure functions (the one definition every check below uses).
 * <ul>
 *   <li>No text anywhere may hold control characters (C0, DEL, C1: NUL would even fail in
 *       PostgreSQL) or unpaired surrogates; multi-line text may hold tab, line feed and
 *       carriage return, single-line text none of them nor U+2028/U+2029.</li>
 *   <li>Text that must say something must show at least one visible character: spaces of any
 *       kind, format characters (zero-width, bidi controls), fillers and lone combining marks
 *       show nothing.</li>
 *   <li>A person's name must not hide or reorder what it shows: no bidi controls, no zero-width
 *       spaces, no fillers; a zero-width (non-)joiner only inside a word (Persian names and
 *       emoji sequences need them).</li>
 * </ul>
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why a text is refused, or null when it passes. */
    public enum Fault {
        CONTROL("must not contain control characters"),
        LINE_BREAK("must be a single line (no line breaks or tabs)"),
        INVISIBLE("must contain visible characters"),
        HIDDEN_MARK("must not contain invisible or text-direction characters");

        private final String message;

        Fault(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** The fault of text from any input (JSON string, path or query parameter), or null. */
    public static Fault anyText(String s, boolean multiLine) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Fault.CONTROL;
            }
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!multiLine) {
                    return Fault.LINE_BREAK;
                }
                continue;
            }
            if (isControl(c)) {
                return Fault.CONTROL;
            }
        }
        return null;
    }

    /** C0 (below U+0020), DEL and C1 (U+0080 to U+009F). */
    public static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    }

    /**
     * Whether a non-blank text shows nothing. Text that is empty or only ASCII spaces is left
     * to {@code @NotBlank} (or means "clear this field"), so it is not "invisible" here.
     */
    public static boolean showsNothing(String s) {
        if (s == null || s.trim().isEmpty()) {
            return false;
        }
        return s.codePoints().allMatch(TextRules::isInvisible);
    }

    /** A code point that shows nothing by itself. */
    public static boolean isInvisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isControl(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
               || type == Character.UNASSIGNED || type == Character.SURROGATE || isFiller(cp);
    }

    /** Characters drawn as nothing although Unicode calls them letters or symbols. */
    static boolean isFiller(int cp) {
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
               || cp == 0x2800 // braille pattern blank
               || cp == 0x17B4 || cp == 0x17B5; // Khmer inherent vowels
    }

    /**
     * The fault of a person's name, or null: one line, something visible, and no character that
     * hides or reorders text (bidi overrides and isolates, marks, zero-width spaces, fillers,
     * any other format character). ZWJ/ZWNJ are allowed between two visible characters.
     */
    public static Fault personName(String s) {
        Fault f = anyText(s, false);
        if (f != null || s == null) {
            return f;
        }
        if (showsNothing(s)) {
            return Fault.INVISIBLE;
        }
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == 0x200C || cp == 0x200D) {
                boolean inside = i > 0 && i < cps.length - 1 && !isInvisible(cps[i - 1]) && !isInvisible(cps[i + 1]);
                if (!inside) {
                    return Fault.HIDDEN_MARK;
                }
            } else if (Character.getType(cp) == Character.FORMAT || isFiller(cp)) {
                return Fault.HIDDEN_MARK;
            }
        }
        return null;
    }
}
