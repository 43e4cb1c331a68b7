package com.pinfleet.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Reads JSON request bodies into request records, answering 400 with the field at fault when it cannot. A body
 * is one JSON object in UTF-8 and nothing after it.
 */
final class Bodies {

    /** The largest JSON request body accepted. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

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
        try (JsonParser parser = mapper.createParser(text(ctx))) {
            T value = reader.readValue(parser);
            if (value == null) {
                throw new BadRequestException("request body must be a JSON object");
            }
            requireEnd(parser);
            return value;
        } catch (JsonProcessingException e) {
            throw problem(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as a JSON object tree. */
    JsonNode tree(Context ctx) {
        try (JsonParser parser = mapper.createParser(text(ctx))) {
            JsonNode root = mapper.readTree(parser);
            if (root == null || !root.isObject()) {
                throw new BadRequestException("request body must be a JSON object");
            }
            requireEnd(parser);
            return root;
        } catch (JsonProcessingException e) {
            throw problem(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the JSON body names {@code field} at its top level, even with a null value. */
    boolean has(Context ctx, String field) {
        return tree(ctx).has(field);
    }

    /** Fails with a 400 naming {@code field} when {@code value} is null. */
    static <T> T required(T value, String field) {
        if (value == null) {
            throw new BadRequestException("field '" + field + "' is required");
        }
        return value;
    }

    /**
     * The body as text, strictly UTF-8 as JSON is exchanged: a byte that is not UTF-8 is refused, naming its
     * place, rather than read as a replacement character. An empty body reads as {@code {}}.
     */
    private static String text(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(body, in.position());
        }
        String text = out.flip().toString();
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return text.isBlank() ? "{}" : text;
    }

    private static BadRequestException notUtf8(byte[] body, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (body[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new BadRequestException(String.format("request body is not valid UTF-8 (line %d, column %d): byte"
                + " 0x%02X cannot start or continue a character there; send the JSON encoded as UTF-8", line,
                at - lineStart + 1, body[at] & 0xFF));
    }

    /** Refuses anything after the JSON value but blanks, such as a second object or a stray word. */
    private static void requireEnd(JsonParser parser) throws IOException {
        try {
            if (parser.nextToken() == null) {
                return;
            }
        } catch (StreamReadException e) {
            throw trailing(JsonProblems.where(e.getLocation()));
        }
        throw trailing(JsonProblems.where(parser.currentTokenLocation()));
    }

    private static BadRequestException trailing(String where) {
        return new BadRequestException("request body is not valid JSON" + where
                + ": more follows the JSON object; send a single JSON object");
    }

    /** The 400 for a body that is not JSON, or JSON that does not fit the request. */
    private static BadRequestException problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new BadRequestException("unknown field '" + unknown.getPropertyName() + "' (expected "
                    + String.join(", ", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList())
                    + ")");
        }
        InputCoercionException outOfRange = causeOf(e, InputCoercionException.class);
        if (outOfRange != null && e instanceof JsonMappingException mapping && !path(mapping).isEmpty()) {
            return new BadRequestException("field '" + path(mapping) + "' holds a number too large for it");
        }
        StreamReadException unreadable = causeOf(e, StreamReadException.class);
        if (unreadable != null || !(e instanceof JsonMappingException mapping)) {
            return new BadRequestException(JsonProblems.describe(unreadable != null ? unreadable : e));
        }
        String field = path(mapping);
        if (mapping instanceof MismatchedInputException mismatched) {
            return new BadRequestException(field.isEmpty() ? "request body must be a JSON object"
                    : "field '" + field + "' has the wrong type" + expected(mismatched));
        }
        return new BadRequestException("request body does not fit" + (field.isEmpty() ? "" : " at '" + field + "'")
                + ": check the field names and types");
    }

    private static <X extends Throwable> X causeOf(Throwable failure, Class<X> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
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
}
