package dev.preflight.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The host parser of the WHATWG URL standard for special schemes ({@code http}, {@code https}, ...),
 * and its serializer: percent-decoding, domain to ASCII, forbidden domain code points, IPv4 in every
 * notation a browser accepts ({@code 127.1}, {@code 0x7f.1}, {@code 017700000001}) and IPv6 with its
 * compression. What comes out is the host exactly as a browser writes it in an {@code Origin} header.
 *
 * <p>Domain to ASCII needs UTS #46 for a domain that is not plain ASCII; the caller passes it in, so
 * that this class, used at run time too, needs nothing beyond the JDK. Without it, a non-ASCII domain is
 * reported as needing its ASCII form.
 */
final class UrlHosts {
    private UrlHosts() {
    }

    /** A parsed host: the serialization, or why a browser rejects it ({@code needsAscii}: only UTS #46 can tell). */
    record Result(String host, String error, boolean needsAscii) {
        static Result ok(String host) {
            return new Result(host, null, false);
        }

        static Result error(String why) {
            return new Result(null, why, false);
        }
    }

    /**
     * Parses a host as the URL standard does for a special scheme.
     *
     * @param domainToAscii UTS #46 ToASCII as the URL standard's domain to ASCII calls it, returning
     *     {@code null} when it fails; or {@code null} to handle ASCII domains only
     */
    static Result parse(String input, UnaryOperator<String> domainToAscii) {
        if (input.startsWith("[")) {
            if (!input.endsWith("]") || input.length() < 2) {
                return Result.error("an IPv6 address needs its closing ]");
            }
            String ipv6 = ipv6(input.substring(1, input.length() - 1));
            return ipv6 == null ? Result.error("it is not a valid IPv6 address") : Result.ok("[" + ipv6 + "]");
        }
        String domain = percentDecode(input);
        String ascii;
        if (isPlainAscii(domain)) {
            ascii = domain.toLowerCase(Locale.ROOT);
        } else if (domainToAscii == null) {
            return new Result(null, "it is not plain ASCII", true);
        } else {
            try {
                ascii = domainToAscii.apply(domain);
            } catch (RuntimeException e) {
                ascii = null;
            }
            if (ascii == null) {
                return Result.error("UTS #46 (IDNA, as browsers apply it) rejects it");
            }
        }
        if (ascii.isEmpty()) {
            return Result.error("it is empty");
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (isForbiddenDomainCodePoint(c)) {
                return Result.error("it contains " + describe(c) + ", which no host may contain");
            }
        }
        if (endsInANumber(ascii)) {
            String ipv4 = ipv4(ascii);
            return ipv4 == null ? Result.error("it ends in a number, so it must be an IPv4 address, and it is not "
                    + "a valid one") : Result.ok(ipv4);
        }
        return Result.ok(ascii);
    }

    /**
     * Whether domain to ASCII is only ASCII lower-casing for {@code domain}: for every ASCII domain, as
     * browsers and the URL standard's test data have it ({@code xn--a} and {@code xn--} are kept as
     * written, though not valid punycode).
     */
    private static boolean isPlainAscii(String domain) {
        for (int i = 0; i < domain.length(); i++) {
            if (domain.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String describe(char c) {
        return c < 0x20 || c == 0x7f ? String.format("the control character U+%04X", (int) c)
                : c == ' ' ? "a space" : "\"" + c + "\"";
    }

    /** Forbidden host code points, C0 controls, {@code %} and DEL. */
    static boolean isForbiddenDomainCodePoint(char c) {
        return c <= 0x20 || c == 0x7f || "#/:<>?@[\\]^|%".indexOf(c) >= 0;
    }

    /** Percent-decodes {@code s} (as UTF-8 bytes) and decodes the result as UTF-8, as the URL standard does. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int hex(int c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** The URL standard's "ends in a number": the last label (a trailing dot aside) is digits or an IPv4 number. */
    static boolean endsInANumber(String host) {
        String[] parts = host.split("\\.", -1);
        int last = parts.length - 1;
        if (parts[last].isEmpty()) {
            if (parts.length == 1) {
                return false;
            }
            last--;
        }
        String part = parts[last];
        if (!part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return ipv4Number(part) >= 0;
    }

    /** The URL standard's IPv4 parser and serializer; {@code null} on failure. */
    static String ipv4(String host) {
        String[] split = host.split("\\.", -1);
        int count = split.length;
        if (split[count - 1].isEmpty() && count > 1) {
            count--;
        }
        if (count > 4) {
            return null;
        }
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = ipv4Number(split[i]);
            if (numbers[i] < 0) {
                return null;
            }
        }
        for (int i = 0; i < count - 1; i++) {
            if (numbers[i] > 255) {
                return null;
            }
        }
        if (numbers[count - 1] >= 1L << (8 * (5 - count))) {
            return null;
        }
        long address = numbers[count - 1];
        for (int i = 0; i < count - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
    }

    /**
     * The URL standard's IPv4 number parser: decimal, {@code 0x} hexadecimal or {@code 0} octal; -1 on
     * failure. Values beyond 2^32 are capped there, which every caller refuses.
     */
    static long ipv4Number(String input) {
        if (input.isEmpty()) {
            return -1;
        }
        int radix = 10;
        String digits = input;
        if (digits.length() >= 2 && (digits.startsWith("0x") || digits.startsWith("0X"))) {
            digits = digits.substring(2);
            radix = 16;
        } else if (digits.length() >= 2 && digits.charAt(0) == '0') {
            digits = digits.substring(1);
            radix = 8;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0 || digits.charAt(i) > 'z') {
                return -1;
            }
            value = Math.min(value * radix + d, 1L << 33);
        }
        return value;
    }

    /** The URL standard's IPv6 parser and serializer (lower case, longest run of zeros compressed); {@code null} on failure. */
    static String ipv6(String input) {
        int[] address = new int[8];
        int pieceIndex = 0;
        int compress = -1;
        int pointer = 0;
        int n = input.length();
        if (pointer < n && input.charAt(pointer) == ':') {
            if (!input.startsWith("::")) {
                return null;
            }
            pointer += 2;
            pieceIndex++;
            compress = pieceIndex;
        }
        while (pointer < n) {
            if (pieceIndex == 8) {
                return null;
            }
            if (input.charAt(pointer) == ':') {
                if (compress != -1) {
                    return null;
                }
                pointer++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && pointer < n && hex(input.charAt(pointer)) >= 0) {
                value = value * 0x10 + hex(input.charAt(pointer));
                pointer++;
                length++;
            }
            if (pointer < n && input.charAt(pointer) == '.') {
                if (length == 0) {
                    return null;
                }
                pointer -= length;
                if (pieceIndex > 6) {
                    return null;
                }
                int numbersSeen = 0;
                while (pointer < n) {
                    int ipv4Piece = -1;
                    if (numbersSeen > 0) {
                        if (input.charAt(pointer) == '.' && numbersSeen < 4) {
                            pointer++;
                        } else {
                            return null;
                        }
                    }
                    if (pointer >= n || !isDigit(input.charAt(pointer))) {
                        return null;
                    }
                    while (pointer < n && isDigit(input.charAt(pointer))) {
                        int number = input.charAt(pointer) - '0';
                        if (ipv4Piece == -1) {
                            ipv4Piece = number;
                        } else if (ipv4Piece == 0) {
                            return null;
                        } else {
                            ipv4Piece = ipv4Piece * 10 + number;
                        }
                        if (ipv4Piece > 255) {
                            return null;
                        }
                        pointer++;
                    }
                    address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) {
                        pieceIndex++;
                    }
                }
                if (numbersSeen != 4) {
                    return null;
                }
                break;
            } else if (pointer < n && input.charAt(pointer) == ':') {
                pointer++;
                if (pointer >= n) {
                    return null;
                }
            } else if (pointer < n) {
                return null;
            }
            address[pieceIndex] = value;
            pieceIndex++;
        }
        if (compress != -1) {
            int swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0) {
                int tmp = address[pieceIndex];
                address[pieceIndex] = address[compress + swaps - 1];
                address[compress + swaps - 1] = tmp;
                pieceIndex--;
                swaps--;
            }
        } else if (pieceIndex != 8) {
            return null;
        }
        return serializeIpv6(address);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String serializeIpv6(int[] address) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (address[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && address[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        boolean ignore0 = false;
        for (int i = 0; i < 8; i++) {
            if (ignore0 && address[i] == 0) {
                continue;
            }
            ignore0 = false;
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            out.append(Integer.toHexString(address[i]));
            if (i != 7) {
                out.append(':');
            }
        }
        return out.toString();
    }
}
