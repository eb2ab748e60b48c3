package dev.preflight.processor.model;

import java.util.List;

/**
 * The media types of the {@code @Consumes} that applies to a resource method: its own, else its
 * class's.
 *
 * @param mediaTypes one media type per element ({@code "application/json, text/plain"} is split)
 * @param site the method or class, with its {@code @Consumes}
 */
public record ConsumedTypes(List<String> mediaTypes, SourceSite site) {

    public ConsumedTypes {
        mediaTypes = List.copyOf(mediaTypes);
    }
}
