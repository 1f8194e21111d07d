package co.rumbo.tracking;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Budget execution of a sheet per project and source: typed by the office, or from the treasury. */
@RumboIntegrationTest
class BudgetExecutionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BudgetExecutions budgets;

    CaptureFixture f;

    @BeforeEach
    void organizationWithAnOpenPeriod() {
        f = new CaptureFixture(port, data, goals, jdbc);
        f.open("2026-03");
    }

    private Answer saveBudget(String appropriation, String commitments, int version) {
        return f.liaisonA.put(f.sheetA("2026-03") + "/budget", """
                {"projectBpin":"2024520010001","sourceCode":"RECURSOS_PROPIOS","appropriation":%s,
                 "commitments":%s,"obligations":null,"payments":null,"version":%d}""".formatted(appropriation, commitments, version));
    }

    @Test
    void theOfficeTypesTheExecutionOfItsProjects() {
        Answer a = saveBudget("600000", "250000.5", 0);

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(a.<Object>json("$.commitments")).isEqualTo(250000.5);
        assertThat(a.<Object>json("$.programmed")).isEqualTo(600000);
        assertThat(a.<String>json("$.origin")).isEqualTo("OFICINA");
    }

    @Test
    void commitmentsCannotExceedTheAppropriation() {
        Answer a = saveBudget("100", "250", 0);

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.detail")).contains("no pueden superar la apropiación");
    }

    @Test
    void theTreasurysFigureWinsAndWhatTheOfficeTypedIsKeptBesideIt() {
        require(saveBudget("600000", "250000", 0), 200);
        CurrentUser treasury =
                new CurrentUser(UUID.randomUUID(), "hacienda", "Hacienda", f.org.id(), Set.of(Role.HACIENDA), Set.of());

        BudgetExecutions.TreasuryOutcome outcome = budgets.recordFromTreasury(
                treasury,
                co.rumbo.calendar.Period.parse("2026-03"),
                f.officeA.id(),
                new BudgetEntry(
                        "2024520010001",
                        "RECURSOS_PROPIOS",
                        new BigDecimal("600000"),
                        new BigDecimal("300000"),
                        new BigDecimal("100000"),
                        new BigDecimal("50000"),
                        null),
                LocalDate.of(2026, 3, 31));

        assertThat(outcome.conflict()).isTrue();
        assertThat(outcome.line().origin()).isEqualTo("HACIENDA");
        assertThat(outcome.line().commitments()).isEqualByComparingTo("300000");
        assertThat(outcome.line().officeFigures().commitments()).isEqualByComparingTo("250000");
        Answer officeAgain = saveBudget("600000", "250000", outcome.line().version());
        assertThat(officeAgain.status()).as("%s", officeAgain).isEqualTo(409);
        assertThat(officeAgain.<String>json("$.detail")).contains("Hacienda");
    }
}
