package com.pinfleet.domain;

/** Small rules about text that several names share. */
public final class Text {

    private Text() {
    }

    /** True when the text holds a control character (a tab, a line break, NUL...). */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** The text cut to {@code max} characters with an ellipsis, for echoing operator input in messages. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
