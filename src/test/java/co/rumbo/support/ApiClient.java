package co.rumbo.support;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Calls the JSON API of the running application as an integration would: HTTP Basic, no session.
 * Answers keep the status and the body, read with JSON paths.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private final String authorization;

    /** Who the client authenticates as, or null without credentials. */
    public final String username;

    private ApiClient(int port, String username, String authorization) {
        this.base = "http://localhost:" + port;
        this.username = username;
        this.authorization = authorization;
    }

    /** A client that authenticates as {@code username}. */
    public static ApiClient as(int port, String username, String password) {
        return new ApiClient(
                port,
                username,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A client without credentials. */
    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null, null);
    }

    /** An answer of the API. */
    public record Answer(int status, String body) {

        /** The value at a JSON path of the body ("$.rows[0].agree"). */
        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts one file as the multipart field {@code file}, as a form with a file input sends it. */
    public Answer postFile(String path, String fileName, byte[] content) {
        return postFile(path, fileName, "application/octet-stream", content);
    }

    /** Posts one file of {@code contentType} as the multipart field {@code file}. */
    public Answer postFile(String path, String fileName, String contentType, byte[] content) {
        return postMultipart(path, null, fileName, contentType, content);
    }

    /** Posts a JSON part {@code request} and a file part {@code file} in one multipart body. */
    public Answer postJsonAndFile(String path, String json, String fileName, String contentType, byte[] content) {
        return postMultipart(path, json, fileName, contentType, content);
    }

    private Answer postMultipart(String path, String json, String fileName, String contentType, byte[] content) {
        String boundary = "rumbo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (json != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"request\"\r\n"
                            + "Content-Type: application/json\r\n\r\n" + json + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The whole answer of a GET as bytes (a downloaded file). */
    public HttpResponse<byte[]> download(String path) {
        return exchange(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body of a GET as bytes. */
    public byte[] bytes(String path) {
        return download(path).body();
    }

    /** The status of a GET, whatever its body. */
    public int status(String path) {
        return exchange(request(path).GET(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
