package com.pinfleet.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import com.pinfleet.domain.category.CategoryTree;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes account listings, which are asked for many times a second and run to hundreds of KiB. The answer
 * goes from Jackson straight into the response, without a copy of it in memory, and the category tree beside
 * the accounts is written once and reused while the tree and its account counts stay the same.
 */
final class ListingWriter {

    private record RenderedTree(CategoryTree tree, Map<Long, Long> counts, RawValue json) {
    }

    private final ObjectMapper mapper;
    private volatile RenderedTree lastTree;

    ListingWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The tree with each category's own account count, as JSON to put into the answer as it is. */
    RawValue tree(CategoryTree tree, Map<Long, Long> counts) {
        RenderedTree rendered = lastTree;
        if (rendered == null || rendered.tree() != tree || !rendered.counts().equals(counts)) {
            rendered = new RenderedTree(tree, Map.copyOf(counts), render(tree, counts));
            lastTree = rendered;
        }
        return rendered.json();
    }

    private RawValue render(CategoryTree tree, Map<Long, Long> counts) {
        try {
            // a SerializedString keeps its UTF-8 bytes, so each answer copies them instead of encoding the text
            String json = mapper.writeValueAsString(Views.categoryTree(tree, null, counts));
            return new RawValue(new SerializedString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the category tree as JSON", e);
        }
    }

    void write(Context ctx, Map<String, Object> answer) {
        ctx.contentType(ContentType.APPLICATION_JSON);
        try (OutputStream out = ctx.outputStream()) {
            mapper.writeValue(out, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
