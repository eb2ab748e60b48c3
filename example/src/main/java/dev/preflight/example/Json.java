package dev.preflight.example;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Just enough JSON for the example's flat objects of strings, so that it runs unchanged on Jersey and
 * RESTEasy without a JSON provider (each runtime brings its own, configured differently).
 */
final class Json {
    private Json() {
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    static String error(String message) {
        return "{\"error\":" + quote(message) + "}";
    }

    /**
     * The string value of {@code name} in a flat JSON object such as {@code {"text":"Buy milk"}}.
     *
     * @throws BadRequestException (400) if the body is not such an object or lacks the field
     */
    static String stringField(String body, String name) {
        Reader reader = new Reader(body == null ? "" : body);
        reader.expect('{');
        String value = null;
        boolean first = true;
        while (!reader.tryConsume('}')) {
            if (!first) {
                reader.expect(',');
            }
            first = false;
            String key = reader.string();
            reader.expect(':');
            String fieldValue = reader.string();
            if (key.equals(name)) {
                value = fieldValue;
            }
        }
        reader.expectEnd();
        if (value == null) {
            throw badRequest("expected a JSON object with a string \"" + name + "\"");
        }
        return value;
    }

    private static BadRequestException badRequest(String message) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(error(message)).build());
    }

    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        void expect(char c) {
            if (!tryConsume(c)) {
                throw badRequest("malformed JSON: expected '" + c + "' at " + position);
            }
        }

        boolean tryConsume(char c) {
            skipWhitespace();
            if (position < text.length() && text.charAt(position) == c) {
                position++;
                return true;
            }
            return false;
        }

        void expectEnd() {
            skipWhitespace();
            if (position != text.length()) {
                throw badRequest("malformed JSON: unexpected text at " + position);
            }
        }

        String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                } else if (position < text.length()) {
                    value.append(escaped(text.charAt(position++)));
                }
            }
            throw badRequest("malformed JSON: unterminated string");
        }

        private char escaped(char c) {
            switch (c) {
                case 'n': return '\n';
                case 't': return '\t';
                case 'r': return '\r';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'u':
                    if (position + 4 <= text.length()) {
                        try {
                            char decoded = (char) Integer.parseInt(text.substring(position, position + 4), 16);
                            position += 4;
                            return decoded;
                        } catch (NumberFormatException e) {
                            throw badRequest("malformed JSON: bad \\u escape");
                        }
                    }
                    throw badRequest("malformed JSON: bad \\u escape");
                default: return c;
            }
        }

        private void skipWhitespace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }
    }
}
