package app.rapport.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.common.text.TextRules.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The text rules on their own: which characters pass where. */
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "a\u001fb", "x\u007f", "\u0085", "\u009b31m", "\u001b[31m"})
    void controlCharacters_areRefusedInEveryKindOfText(String s) {
        assertEquals(Fault.CONTROL, TextRules.anyText(s, true));
        assertEquals(Fault.CONTROL, TextRules.anyText(s, false));
    }

    @Test
    void unpairedSurrogates_areRefused_pairsPass() {
        assertEquals(Fault.CONTROL, TextRules.anyText("a\ud800b", true));
        assertEquals(Fault.CONTROL, TextRules.anyText("\udc00", true));
        assertNull(TextRules.anyText("emoji \ud83d\ude00 ok", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "cr\r", "ls\u2028", "ps\u2029"})
    void lineBreaksAndTabs_passInMultiLineText_only(String s) {
        assertNull(TextRules.anyText(s, true));
        assertEquals(Fault.LINE_BREAK, TextRules.anyText(s, false));
    }

    @Test
    void ordinaryText_passes() {
        assertNull(TextRules.anyText("Zoë Ångström – 日本語, عربى, 👩‍💻", false));
        assertNull(TextRules.anyText(null, false));
        assertNull(TextRules.anyText("", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0\u00a0", "\u200b", "\u3000\u3000", "\ufeff", "\u2060\u200d\u200c", "\u202e",
            "\u2066\u2069", "\u3164", "\u115f\u1160", "\u2800", "\u0301\u0301", "\u00ad", "\u180e", "\u2007\u202f",
            "\udb40\udc41", " \u00a0 "})
    void textMadeOnlyOfInvisibleCharacters_showsNothing(String s) {
        assertTrue(TextRules.showsNothing(s), () -> "should show nothing: " + s.codePoints().boxed().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u00a0x\u00a0", "\u200bhello", "·", "-", "日", "\ud83d\ude00", "é"})
    void textWithOneVisibleCharacter_showsSomething(String s) {
        assertFalse(TextRules.showsNothing(s));
    }

    @Test
    void blankAsciiText_isLeftToNotBlank() {
        assertFalse(TextRules.showsNothing(""));
        assertFalse(TextRules.showsNothing("   "));
        assertFalse(TextRules.showsNothing(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bob\u202egnp.exe", "Ann\u200b", "\u2066Eve\u2069", "Al\u200fice", "\u200dJo",
            "Max\u200c", "Kim\u2060Lee", "Ana\ufeff", "Li\u3164", "Tom\u00adCat"})
    void namesThatHideOrReorderText_areRefused(String s) {
        assertEquals(Fault.HIDDEN_MARK, TextRules.personName(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann O'Neil", "Zoë", "Jean\u00a0Pierre", "山田\u3000太郎", "مهدی\u200cزاده", "Dev 👩\u200d💻",
            "Ørsted-Ødegaard", "Sam\u2003Roe"})
    void realNames_pass(String s) {
        assertNull(TextRules.personName(s));
    }

    @Test
    void names_areOneVisibleLine() {
        assertEquals(Fault.INVISIBLE, TextRules.personName("\u3000\u3000"));
        assertEquals(Fault.INVISIBLE, TextRules.personName("\u00a0"));
        assertEquals(Fault.LINE_BREAK, TextRules.personName("Ann\nLee"));
        assertEquals(Fault.CONTROL, TextRules.personName("Ann\u0000"));
    }
}
