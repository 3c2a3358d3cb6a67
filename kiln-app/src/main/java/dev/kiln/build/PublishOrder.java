package dev.kiln.build;

import dev.kiln.site.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which outputs reach the output folder (ARCHITECTURE §10): pages that others link to
 * go first (posts, pages, redirects), then the lists and taxonomy pages that link to them, and the
 * home page last, so that a reader of a half-published site never follows a link into nothing.
 */
final class PublishOrder {
    private PublishOrder() {}

    static List<List<Route>> groups(List<Route> routes) {
        List<Route> leaves = new ArrayList<>();
        List<Route> lists = new ArrayList<>();
        List<Route> home = new ArrayList<>();
        for (Route r : routes) {
            if (r instanceof Route.PostRoute || r instanceof Route.PageRoute || r instanceof Route.AliasRoute
                    || r instanceof Route.NotFoundRoute) {
                leaves.add(r);
            } else if (r instanceof Route.HomeRoute) {
                home.add(r);
            } else {
                lists.add(r);
            }
        }
        return List.of(leaves, lists, home);
    }
}
