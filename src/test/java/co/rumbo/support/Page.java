package co.rumbo.support;

import java.util.Optional;

/**
 * A response as the browser got it.
 *
 * @param location the {@code Location} header of a redirect
 */
public record Page(int status, String body, Optional<String> location) {

    /** Whether this is a redirect whose target ends with {@code pathAndQuery}. */
    public boolean redirectsTo(String pathAndQuery) {
        return status / 100 == 3 && location.map(l -> l.endsWith(pathAndQuery)).orElse(false);
    }

    @Override
    public String toString() {
        return "Page[" + status + (location.map(l -> " → " + l).orElse("")) + "]";
    }
}
