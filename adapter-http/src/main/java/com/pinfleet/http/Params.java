package com.pinfleet.http;

import io.javalin.http.Context;
import java.util.HexFormat;

/** Reads query and path parameters, answering 400 with the parameter's name when one is malformed. */
final class Params {

    private Params() {
    }

    /**
     * Refuses a query string with a {@code %} not followed by two hex digits. Such a parameter would be dropped
     * while decoding, and a listing without its filter answers with the whole fleet.
     */
    static void requireWellEncodedQuery(Context ctx) {
        String query = ctx.queryString();
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            for (int at = pair.indexOf('%'); at >= 0; at = pair.indexOf('%', at + 1)) {
                if (at + 2 >= pair.length() || !HexFormat.isHexDigit(pair.charAt(at + 1))
                        || !HexFormat.isHexDigit(pair.charAt(at + 2))) {
                    String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                    throw new BadRequestException("query parameter '" + shorten(name) + "' is not URL-encoded"
                            + " correctly: each % must start a two-digit hex code, such as %25 for % itself");
                }
            }
        }
    }

    /** A whole-number query parameter, or {@code fallback} when absent; values above {@code max} become max. */
    static int clampedInt(Context ctx, String name, int fallback, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value = parseInt(raw, name);
        if (value < 1) {
            throw new BadRequestException(name + " must be 1 or more, not " + value);
        }
        return Math.min(value, max);
    }

    static Long optionalLong(Context ctx, String name) {
        return longOrNull(ctx.queryParam(name), name);
    }

    /** A whole number given as text (a form field), or null when blank. */
    static Long longOrNull(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + shorten(raw) + "'");
        }
    }

    static long pathLong(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + shorten(ctx.pathParam(name))
                    + "'");
        }
    }

    static int pathInt(Context ctx, String name) {
        return parseInt(ctx.pathParam(name), name);
    }

    private static int parseInt(String raw, String name) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(raw.strip().matches("-?\\d+") ? name + " " + raw.strip() + " is too large"
                    : name + " must be a whole number, not '" + shorten(raw) + "'");
        }
    }

    private static String shorten(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 37) + "...";
    }
}
