package co.rumbo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser against the running application: it keeps the session cookie, does not follow
 * redirects (tests look at them), and sends the CSRF token of the session with every form, as the
 * pages do. It logs in through the real login form, so the pages see the same principal as in
 * production.
 */
public final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** What a browser asks for when it opens a page; the login redirect depends on it. */
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A browser with no session yet. */
    public static Browser at(int port) {
        return new Browser(port);
    }

    /** A browser whose user logged in through the login page; fails when the login is refused. */
    public static Browser loggedIn(int port, String username, String password) {
        Browser browser = at(port);
        Page page = browser.login(username, password);
        if (!page.redirectsTo("/")) {
            throw new AssertionError("El inicio de sesión de " + username + " fue rechazado: " + page);
        }
        return browser;
    }

    /** Posts the login form; the answer is a redirect: to {@code /} or to {@code /login?<reason>}. */
    public Page login(String username, String password) {
        return post("/login", Form.of("username", username, "password", password));
    }

    public Page get(String path) {
        return send(request(path).header("Accept", HTML).GET());
    }

    /** Posts a form with the session's CSRF token, as the page's own form would. */
    public Page post(String path, Form form) {
        return postWithoutCsrf(path, form.add("_csrf", csrfToken()));
    }

    /**
     * Posts a multipart form (enctype="multipart/form-data") with the session's CSRF token and one file,
     * as a page's upload form would.
     */
    public Page postMultipart(
            String path, Form form, String fileField, String fileName, String contentType, byte[] content) {
        form.add("_csrf", csrfToken());
        String boundary = "rumbo-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String[] field : form.fields()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Accept", HTML)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a form as a forged cross-site request would: without the CSRF token. */
    public Page postWithoutCsrf(String path, Form form) {
        return send(request(path)
                .header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded())));
    }

    /** Posts a form as htmx does (header {@code HX-Request}), with the session's CSRF token: the answer is a fragment. */
    public Page postHtmx(String path, Form form) {
        return send(request(path)
                .header("Accept", "text/html")
                .header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form.add("_csrf", csrfToken()).encoded())));
    }

    /** Posts one file as the multipart field {@code field} of a page's form, with the session's CSRF token. */
    public Page postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "rumbo-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken()
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Accept", HTML)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The bytes of a download. */
    public byte[] bytes(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of this session, read from the login page's form (public, always there). */
    public String csrfToken() {
        Page page = get("/login");
        Matcher field = CSRF_FIELD.matcher(page.body());
        if (field.find()) return field.group(1);
        Matcher meta = CSRF_META.matcher(page.body());
        if (meta.find()) return meta.group(1);
        throw new AssertionError("La página de inicio de sesión no trae el token CSRF");
    }

    /** An API call with HTTP Basic and no session, as an integration would make it. */
    public static Page getWithBasic(int port, String path, String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        Browser client = new Browser(port);
        return client.send(client.request(path)
                .header("Authorization", "Basic " + credentials)
                .GET());
    }

    /** A page opened by someone who has not logged in. */
    public static Page getAnonymously(int port, String path) {
        return new Browser(port).get(path);
    }

    /** An API call without any credentials. */
    public static Page getApiAnonymously(int port, String path) {
        Browser client = new Browser(port);
        return client.send(
                client.request(path).header("Accept", "application/json").GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                keep(setCookie);
            }
            return new Page(
                    response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) return;
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        boolean expired = setCookie.toLowerCase().contains("max-age=0");
        if (expired || value.isEmpty()) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
