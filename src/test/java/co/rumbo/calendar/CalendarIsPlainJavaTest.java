package co.rumbo.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Periods and deadlines are pure functions of dates; only jollyday is allowed in. */
class CalendarIsPlainJavaTest {

    private static final JavaClasses CALENDAR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("co.rumbo.calendar");

    @Test
    void calendarDependsOnlyOnTheJdkAndJollyday() {
        classes()
                .that()
                .resideInAPackage("co.rumbo.calendar..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "co.rumbo.calendar..", "de.focus_shift.jollyday..")
                .check(CALENDAR);
    }
}
