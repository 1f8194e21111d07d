package co.rumbo.interop.sispt;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The one call the import service makes: read a SisPT file, check its content, add up its budget.
 * Nothing is saved here; the caller saves {@link SisptImport#workbook()} when {@link
 * SisptImport#canBeSaved()}.
 */
public final class SisptImporter {

    private final SisptReader reader;
    private final SisptValidator validator;

    public SisptImporter(SisptReader reader, SisptValidator validator) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** An importer with the default limits and the given MGA catalogue. */
    public SisptImporter(Predicate<String> knownIndicatorCode) {
        this(new SisptReader(), new SisptValidator(knownIndicatorCode));
    }

    public SisptImport check(InputStream upload) {
        return complete(reader.read(upload));
    }

    public SisptImport check(Path file) {
        return complete(reader.read(file));
    }

    private SisptImport complete(SisptReadResult read) {
        if (read.workbook() == null) {
            return new SisptImport(null, read.issues(), List.of(), null);
        }
        SisptValidation validation = validator.validate(read.workbook());
        List<SisptIssue> issues = new ArrayList<>(read.issues());
        issues.addAll(validation.issues());
        return new SisptImport(read.workbook(), issues, validation.inferences(), SisptTotals.of(read.workbook()));
    }
}
