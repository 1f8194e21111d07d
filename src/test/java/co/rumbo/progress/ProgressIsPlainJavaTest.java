package co.rumbo.progress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java so that every module (and any test) can call it without a context. */
class ProgressIsPlainJavaTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("co.rumbo.progress");

    @Test
    void progressDependsOnNothingButTheJdk() {
        classes()
                .that()
                .resideInAPackage("co.rumbo.progress..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "co.rumbo.progress..")
                .check(ENGINE);
    }
}
