package co.rumbo.platform.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The content-addressed, immutable file store (table {@code stored_file}, migration V21). A file is
 * stored once by its SHA-256 and a database trigger refuses to change or delete it. Modules keep the
 * hash (and the name people gave the file) in their own rows, and read a file only through a row of
 * the person's organization: this class does no access control of its own.
 */
@Service
public class StoredFiles {

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores {@code content} (once; storing the same bytes again is a no-op) and returns its SHA-256. */
    public String store(byte[] content, String contentType) {
        String sha = sha256(content);
        jdbc.sql("""
                        insert into stored_file (sha256, content, content_type, size) values (?, ?, ?, ?)
                        on conflict (sha256) do nothing""").params(sha, content, contentType, content.length).update();
        return sha;
    }

    /** The bytes stored under {@code sha256}. */
    public Optional<byte[]> content(String sha256) {
        return jdbc.sql("select content from stored_file where sha256 = ?")
                .param(sha256)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** The lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
