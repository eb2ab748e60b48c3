package dev.preflight.example;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The notes, in memory. */
final class Notes {
    private static final Map<Long, String> NOTES = new ConcurrentSkipListMap<>(Map.of(1L, "Buy milk"));
    private static final AtomicLong IDS = new AtomicLong(1);

    private Notes() {
    }

    static int count() {
        return NOTES.size();
    }

    static String get(long id) {
        return NOTES.get(id);
    }

    static long add(String text) {
        long id = IDS.incrementAndGet();
        NOTES.put(id, text);
        return id;
    }

    static boolean replace(long id, String text) {
        return NOTES.replace(id, text) != null;
    }

    static boolean remove(long id) {
        return NOTES.remove(id) != null;
    }

    static String toJson() {
        StringBuilder json = new StringBuilder("[");
        NOTES.forEach((id, text) -> json.append(json.length() > 1 ? "," : "").append(toJson(id, text)));
        return json.append(']').toString();
    }

    static String toJson(long id, String text) {
        return "{\"id\":" + id + ",\"text\":" + Json.quote(text) + "}";
    }
}
