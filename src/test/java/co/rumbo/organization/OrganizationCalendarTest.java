package co.rumbo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An organization's own non-working days move its deadlines; the planning office keeps them. */
@RumboIntegrationTest
class OrganizationCalendarTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    OrganizationCalendars calendars;

    UUID org;

    @BeforeEach
    void organization() {
        org = data.organization().id();
    }

    @Test
    void anOwnNonWorkingDayMovesADeadlineToTheNextBusinessDay() {
        // 2024-01-31 + 15 days = Thursday 2024-02-15, a business day in Colombia.
        assertThat(calendars.calendar(org).deadline(LocalDate.of(2024, 1, 31), 15))
                .isEqualTo(LocalDate.of(2024, 2, 15));

        calendars.add(org, LocalDate.of(2024, 2, 15), "Fiesta patronal");

        assertThat(calendars.calendar(org).deadline(LocalDate.of(2024, 1, 31), 15))
                .isEqualTo(LocalDate.of(2024, 2, 16));
    }

    @Test
    void anotherOrganizationsDaysDoNotCount() {
        UUID other = data.organization().id();
        calendars.add(other, LocalDate.of(2024, 2, 15), "Fiesta de otro municipio");

        assertThat(calendars.calendar(org).deadline(LocalDate.of(2024, 1, 31), 15))
                .isEqualTo(LocalDate.of(2024, 2, 15));
    }

    @Test
    void thePlanningOfficeAddsAndRemovesADayThroughThePage() {
        Browser planner = Browser.loggedIn(port, data.user(org, Role.PLANEACION).username(), TestData.PASSWORD);

        Page added =
                planner.post("/admin/calendario", Form.of("day", "2025-06-13", "description", "Día cívico municipal"));

        assertThat(added.redirectsTo("/admin/calendario")).as(added.toString()).isTrue();
        assertThat(calendars.nonWorkingDays(org))
                .extracting(NonWorkingDay::description)
                .containsExactly("Día cívico municipal");
        assertThat(planner.get("/admin/calendario").body())
                .contains("13/06/2025")
                .contains("Día cívico municipal");

        UUID id = calendars.nonWorkingDays(org).get(0).id();
        planner.post("/admin/calendario/" + id + "/quitar", Form.of());
        assertThat(calendars.nonWorkingDays(org)).isEmpty();
    }

    @Test
    void aDayWithoutReasonIsRefusedInSpanishAndNothingIsSaved() {
        Browser planner = Browser.loggedIn(port, data.user(org, Role.PLANEACION).username(), TestData.PASSWORD);

        planner.post("/admin/calendario", Form.of("day", "2025-06-13", "description", " "));

        assertThat(planner.get("/admin/calendario").body()).contains("Describa por qué no se trabaja ese día");
        assertThat(calendars.nonWorkingDays(org)).isEmpty();
    }

    @Test
    void anEnlaceCannotReachTheCalendarPage() {
        UUID office = data.office(org).id();
        var enlace = data.user(org, java.util.Set.of(Role.ENLACE), java.util.Set.of(office));
        Browser browser = Browser.loggedIn(port, enlace.username(), TestData.PASSWORD);

        assertThat(browser.get("/admin/calendario").status()).isEqualTo(403);
    }
}
