package co.rumbo.structure;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The national catalogue of funding sources (the 14 SisPT cost columns and SGR). */
@Service
public class FundingSources {

    /** A funding source: code in the code, name as DNP writes it. */
    public record Source(String code, String name, String kind) {}

    private final JdbcClient jdbc;
    private volatile List<Source> all;

    FundingSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Source> all() {
        List<Source> loaded = all;
        if (loaded == null) {
            loaded = jdbc.sql("select code, name, kind from funding_source order by position")
                    .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list();
            all = loaded;
        }
        return loaded;
    }

    /** The code of a source named as in a SisPT header ("SGP educación"), ignoring case and accents. */
    public Optional<String> codeOf(String name) {
        String key = normalize(name);
        return all().stream()
                .filter(s -> normalize(s.name()).equals(key))
                .map(Source::code)
                .findFirst();
    }

    public String nameOf(String code) {
        return all().stream()
                .filter(s -> s.code().equals(code))
                .map(Source::name)
                .findFirst()
                .orElse(code);
    }

    public Map<String, String> namesByCode() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    private static String normalize(String s) {
        return s == null
                ? ""
                : Normalizer.normalize(s, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .replaceAll("\\s+", " ")
                        .trim()
                        .toLowerCase(Locale.ROOT);
    }
}
