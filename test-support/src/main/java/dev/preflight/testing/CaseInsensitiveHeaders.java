package dev.preflight.testing;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import java.util.TreeMap;

/**
 * A header map that ignores the case of names, as every runtime's does: a tree ordered by
 * {@link String#CASE_INSENSITIVE_ORDER}, which is how RESTEasy's {@code CaseInsensitiveMap} stores them
 * (a name is found however it is written, without copying it). A name keeps the spelling it was first
 * put with. Jersey's {@code StringKeyIgnoreCaseMultivaluedMap} behaves the same but hashes a lower-case
 * copy of each name it is given; the benchmarks use both runtimes' own classes.
 */
public final class CaseInsensitiveHeaders<V> extends AbstractMultivaluedMap<String, V> {
    private static final long serialVersionUID = 1L;

    public CaseInsensitiveHeaders() {
        super(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    }
}
