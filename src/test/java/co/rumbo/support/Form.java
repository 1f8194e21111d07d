package co.rumbo.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The fields of an HTML form as a browser sends them; a name may repeat (check boxes, multi-selects). */
public final class Form {

    private final List<String[]> fields = new ArrayList<>();

    private Form() {}

    /** {@code Form.of("code", "SEC", "name", "Secretaría")}. */
    public static Form of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Form form = new Form();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    public Form add(String name, Object value) {
        fields.add(new String[] {name, value == null ? "" : value.toString()});
        return this;
    }

    /** Replaces every value of {@code name} with this one. */
    public Form set(String name, Object value) {
        fields.removeIf(f -> f[0].equals(name));
        return add(name, value);
    }

    /** The fields in order, as name-value pairs. */
    List<String[]> fields() {
        return List.copyOf(fields);
    }

    String encoded() {
        return fields.stream()
                .map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
