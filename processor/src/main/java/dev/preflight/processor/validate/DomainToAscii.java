package dev.preflight.processor.validate;

import com.ibm.icu.text.IDNA;
import dev.preflight.runtime.OriginProblem;
import dev.preflight.runtime.Origins;
import java.util.EnumSet;
import java.util.Set;

/**
 * The WHATWG URL standard's "domain to ASCII" (with beStrict false), which browsers apply to every
 * host: UTS #46 ToASCII, nontransitional (so {@code faß.de} stays {@code xn--fa-hia.de}, never
 * {@code fass.de}), with CheckBidi and CheckJoiners, without CheckHyphens, STD3 rules or DNS length
 * limits. ICU4J does the mapping; {@code java.net.IDN} would not do, being IDNA2003.
 *
 * <p>The runtime shares the rest of the grammar ({@link Origins#problemWith(String, java.util.function.UnaryOperator)});
 * only this part needs ICU4J, which stays on the processor path.
 */
public final class DomainToAscii {
    private DomainToAscii() {
    }

    /**
     * ICU's UTS #46 mapping, loaded on the first host that is not plain ASCII: creating it reads ICU's
     * normalization data, a fixed cost for every compilation, and hosts are nearly always ASCII, which
     * the runtime's grammar maps without it.
     */
    private static final class Uts46 {
        static final IDNA INSTANCE = IDNA.getUTS46Instance(
                IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

        /**
         * Errors ICU reports that the URL standard does not check: hyphens (CheckHyphens is false) and
         * lengths (VerifyDnsLength is false).
         */
        static final Set<IDNA.Error> NOT_CHECKED = EnumSet.of(IDNA.Error.LEADING_HYPHEN,
                IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4, IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG,
                IDNA.Error.DOMAIN_NAME_TOO_LONG);

        private Uts46() {
        }
    }

    /** The ASCII form of {@code domain} as browsers compute it, or {@code null} when they reject it. */
    public static String toAscii(String domain) {
        try {
            StringBuilder out = new StringBuilder();
            IDNA.Info info = new IDNA.Info();
            Uts46.INSTANCE.nameToASCII(domain, out, info);
            Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
            errors.addAll(info.getErrors());
            errors.removeAll(Uts46.NOT_CHECKED);
            return errors.isEmpty() ? out.toString() : null;
        } catch (RuntimeException e) {
            return null; // a surprising input is a host browsers reject, never an exception out of javac
        }
    }

    /** {@link Origins#problemWith(String)} with the host's international form judged as browsers do. */
    public static OriginProblem problemWith(String origin) {
        return Origins.problemWith(origin, DomainToAscii::toAscii);
    }
}
