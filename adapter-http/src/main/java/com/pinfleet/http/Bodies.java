package com.pinfleet.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.util.Collection;

/** Reads JSON request bodies into request records, answering 400 with the field at fault when it cannot. */
final class Bodies {

    private final ObjectMapper mapper;

    Bodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as {@code type}; an empty body reads as JSON {@code {}}. Fields {@code type} lacks are ignored. */
    <T> T read(Context ctx, Class<T> type) {
        return read(ctx, mapper.readerFor(type));
    }

    /**
     * The body as {@code type}, refusing fields {@code type} lacks: for bodies where a misspelt field left out
     * would change something else than the operator meant.
     */
    <T> T readOnlyKnown(Context ctx, Class<T> type) {
        return read(ctx, mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    private <T> T read(Context ctx, ObjectReader reader) {
        String body = ctx.body();
        try {
            return reader.readValue(body.isBlank() ? "{}" : body);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestException("unknown field '" + e.getPropertyName() + "' (expected "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList())
                    + ")");
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw new BadRequestException(field.isEmpty() ? "request body must be a JSON object"
                    : "field '" + field + "' has the wrong type" + expected(e));
        } catch (JsonMappingException e) {
            String field = path(e);
            throw new BadRequestException("request body does not fit" + (field.isEmpty() ? "" : " at '" + field + "'")
                    + ": check the field names and types");
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /** The JSON path of a mapping problem, list positions counted from 1 as rows are everywhere else. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append("[").append(ref.getIndex() + 1).append("]");
            }
        }
        return path.toString();
    }

    private static BadRequestException notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = reason.indexOf('\n');
        return new BadRequestException("request body is not valid JSON" + where + ": "
                + (cut < 0 ? reason : reason.substring(0, cut)));
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return " (expected a number)";
        }
        if (target == Boolean.class || target == boolean.class) {
            return " (expected true or false)";
        }
        if (target == String.class) {
            return " (expected text)";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return " (expected a list)";
        }
        return "";
    }

    /** The body as a JSON object tree. */
    JsonNode tree(Context ctx) {
        try {
            JsonNode root = mapper.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
            if (root == null || !root.isObject()) {
                throw new BadRequestException("request body must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /** Whether the JSON body names {@code field} at its top level, even with a null value. */
    boolean has(Context ctx, String field) {
        try {
            JsonNode root = mapper.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
            return root != null && root.has(field);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /** Fails with a 400 naming {@code field} when {@code value} is null. */
    static <T> T required(T value, String field) {
        if (value == null) {
            throw new BadRequestException("field '" + field + "' is required");
        }
        return value;
    }
}
