package dev.preflight.processor.validate;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.ConsumedTypes;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.HeaderRead;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.runtime.HttpTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * W1, W2 and W7: what a covered resource method's signature asks of a browser that its policy does
 * not allow. Pure functions over the model, like {@link PolicyRules}.
 */
public final class SignatureRules {
    private SignatureRules() {
    }

    /** Checks the headers and media types a covered resource method reads against its policy. */
    public static List<Finding> check(ResourceMethod method, EffectivePolicy p) {
        List<Finding> findings = new ArrayList<>();
        if (method.site().warningsSuppressed()) {
            return findings;
        }
        String declaration = "@CrossOrigin on " + p.source(Attribute.ALLOWED_HEADERS).site().describe();
        boolean anyHeader = p.allowedHeaders().contains("*");
        for (HeaderRead read : method.headerReads()) {
            String name = read.name();
            if (!HttpTokens.isToken(name) || allowsByName(p, name) || HeaderNames.arrivesWithoutAllowing(name)) {
                continue; // a name no browser can send is not for CORS to fix
            }
            if (HeaderNames.key(name).equals(HeaderNames.AUTHORIZATION) && anyHeader) {
                findings.add(Finding.on(Rule.AUTHORIZATION_NOT_IN_ANY_HEADER, read.site(), "header \"" + name + "\" is read here, but "
                        + "allowedHeaders = \"*\" of " + declaration + " never covers Authorization: browsers "
                        + "require it by name, so every cross-origin request that sends it fails its preflight. "
                        + "Add it: allowedHeaders = {\"*\", \"Authorization\"}"));
            } else if (!anyHeader) {
                findings.add(Finding.on(Rule.HEADER_READ_NOT_ALLOWED, read.site(), "header \"" + name + "\" is read here, but it is neither "
                        + "CORS-safelisted nor in allowedHeaders of " + declaration + ": a page that "
                        + "sends it gets its preflight refused, so the browser never sends the request. Add \""
                        + name + "\" to allowedHeaders"));
            }
        }
        ConsumedTypes consumes = method.consumes();
        if (consumes != null && !method.httpMethod().equals("GET") && !method.httpMethod().equals("HEAD")
                && !anyHeader && !allowsByName(p, "Content-Type")) {
            for (String mediaType : consumes.mediaTypes()) {
                if (!HeaderNames.admitsSafelistedContentType(mediaType)) {
                    findings.add(Finding.on(Rule.CONTENT_TYPE_NOT_ALLOWED, consumes.site(), "@Consumes(\"" + mediaType + "\") on a "
                            + "method that " + declaration + " covers, but Content-Type is not in allowedHeaders: "
                            + "a browser sends \"" + mediaType + "\" only after a preflight asking for Content-Type, "
                            + "which is refused, so every such request fails. Add \"Content-Type\" to allowedHeaders"));
                }
            }
        }
        return findings;
    }

    private static boolean allowsByName(EffectivePolicy p, String name) {
        return p.allowedHeaders().stream().anyMatch(allowed -> allowed.equalsIgnoreCase(name));
    }
}
