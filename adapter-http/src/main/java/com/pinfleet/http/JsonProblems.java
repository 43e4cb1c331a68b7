package com.pinfleet.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in an operator's words what is wrong with a request body the JSON reader refused, and where. The
 * reader's own messages name its settings and classes ("enable JsonReadFeature...", "StreamReadConstraints"),
 * which mean nothing to someone fixing a script, so each kind of problem is worded here; one not known here
 * is called invalid JSON, with its place.
 */
final class JsonProblems {

    private static final String CHARACTER = "^Unexpected character \\(.*?code (\\d+)\\)\\)";
    private static final String LIMIT = "maximum allowed \\((\\d+)";

    private static final List<Wording> WORDINGS = List.of(
            new Wording("^Unexpected end-of-input",
                    m -> "the body ends before the JSON does (a closing quote, } or ] is missing)"),
            new Wording(CHARACTER + ": maybe a \\(non-standard\\) comment", m -> "JSON has no comments"),
            new Wording("^Unexpected character \\('''", m -> "text and field names take double quotes, not single"),
            new Wording(CHARACTER + ": was expecting double-quote to start field name",
                    m -> "expected a field name in double quotes, found " + character(m.group(1))),
            new Wording(CHARACTER + ": was expecting comma to separate Object entries",
                    m -> "expected , or } after a field's value, found " + character(m.group(1))),
            new Wording(CHARACTER + ": was expecting comma to separate Array entries",
                    m -> "expected , or ] after a list entry, found " + character(m.group(1))),
            new Wording(CHARACTER + ": was expecting a colon to separate field name and value",
                    m -> "expected : after a field name, found " + character(m.group(1))),
            new Wording(CHARACTER + ": expected a valid value",
                    m -> "expected a value (text in double quotes, a number, true, false, null, an object or a"
                            + " list), found " + character(m.group(1))),
            new Wording("^Unexpected close marker '(.)': expected '(.)'",
                    m -> "found " + m.group(1) + " where " + m.group(2) + " should close what was opened"),
            new Wording("^Unrecognized token '(.*?)'",
                    m -> "found " + quoted(m.group(1)) + ", which is no JSON value (text takes double quotes)"),
            new Wording("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
                    m -> "the control character " + character(m.group(1)) + " must be escaped inside text"
                            + " (a line break as \\n, a tab as \\t)"),
            new Wording("^Unrecognized character escape '(.+?)'",
                    m -> "\\" + m.group(1) + " is no escape JSON knows (a backslash itself is written \\\\)"),
            new Wording("Leading zeroes not allowed", m -> "a number may not start with 0"),
            new Wording("^Non-standard token '(.+?)'", m -> m.group(1) + " is not a JSON number"),
            new Wording("^Duplicate field '(.+?)'", m -> "field '" + m.group(1) + "' is given twice"),
            new Wording("nesting depth .*" + LIMIT, m -> "it is nested more than " + m.group(1) + " levels deep"),
            new Wording("^Number value length .*" + LIMIT, m -> "a number is longer than " + m.group(1) + " digits"),
            new Wording("^Name length .*" + LIMIT, m -> "a field name is longer than " + m.group(1) + " characters"));

    private JsonProblems() {
    }

    /** "request body is not valid JSON (line L, column C): what is wrong". */
    static String describe(JsonProcessingException problem) {
        return "request body is not valid JSON" + where(problem.getLocation()) + ": " + what(problem);
    }

    /** " (line L, column C)", or nothing when the place is not known. */
    static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String what(JsonProcessingException problem) {
        String original = problem.getOriginalMessage() == null ? "" : problem.getOriginalMessage();
        for (Wording wording : WORDINGS) {
            Matcher matcher = wording.pattern().matcher(original);
            if (matcher.find()) {
                return wording.words().apply(matcher);
            }
        }
        return "this is not how JSON is written";
    }

    /** A character named by its code: itself in quotes when it can be seen, its code point when not. */
    private static String character(String code) {
        int c = Integer.parseInt(code);
        return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("U+%04X", c)
                : quoted(Character.toString(c));
    }

    private static String quoted(String text) {
        return "'" + (text.length() <= 40 ? text : text.substring(0, 40) + "...") + "'";
    }

    private record Wording(Pattern pattern, Function<Matcher, String> words) {

        Wording(String regex, Function<Matcher, String> words) {
            this(Pattern.compile(regex), words);
        }
    }
}
