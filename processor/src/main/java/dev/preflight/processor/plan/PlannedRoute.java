package dev.preflight.processor.plan;

import java.util.List;

/**
 * One entry of the path table: a path template, its covered HTTP methods in a fixed order, each with
 * its policy, and the {@code Access-Control-Allow-Methods} value for every set of the route's distinct
 * policies (element {@code s} lists the methods whose policy is in set {@code s}).
 */
public record PlannedRoute(PathTemplate path, List<Entry> entries, List<String> allowMethods) {

    /** A covered HTTP method on the route and the policy of its resource method. */
    public record Entry(String httpMethod, PlannedPolicy policy) {
    }
}
