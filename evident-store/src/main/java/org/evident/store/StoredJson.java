package org.evident.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.resolve.EventSummary;

/** The JSON columns of the store, read and written with the contract's mapper. */
final class StoredJson {

    private StoredJson() {}

    static EventRecord record(String json) {
        return read(json, EventRecord.class);
    }

    static EventSummary summary(String json) {
        return read(json, EventSummary.class);
    }

    static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
