package com.pinfleet.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.stream.Collectors;

/** Reads JSON request bodies into request records, answering 400 with the field at fault when it cannot. */
final class Bodies {

    private final ObjectMapper mapper;

    Bodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as {@code type}; an empty body reads as JSON {@code {}}. */
    <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        try {
            return mapper.readValue(body.isBlank() ? "{}" : body, type);
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new BadRequestException(field.isEmpty() ? "request body must be a JSON object"
                    : "field '" + field + "' has the wrong type" + expected(e));
        } catch (JsonMappingException e) {
            throw new BadRequestException("request body does not fit: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new BadRequestException("request body is not valid JSON: " + e.getOriginalMessage());
        }
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

    /** Whether the JSON body names {@code field} at its top level, even with a null value. */
    boolean has(Context ctx, String field) {
        try {
            JsonNode root = mapper.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
            return root != null && root.has(field);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("request body is not valid JSON: " + e.getOriginalMessage());
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
