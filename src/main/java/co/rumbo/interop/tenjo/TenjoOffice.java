package co.rumbo.interop.tenjo;

import co.rumbo.interop.xlsx.HeaderText;

/**
 * The office responsible for a goal (column RESPONSABLE).
 *
 * @param name the name trimmed, with inner runs of spaces collapsed: the key to group goals by
 * @param original the text exactly as written in the cell
 */
public record TenjoOffice(String name, String original) {

    public TenjoOffice {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (original == null) {
            throw new IllegalArgumentException("original is required");
        }
    }

    /** The office written as {@code original} in the file; null when blank. */
    public static TenjoOffice of(String original) {
        String name = HeaderText.collapseSpaces(original);
        return name == null || name.isEmpty() ? null : new TenjoOffice(name, original);
    }
}
