package co.rumbo;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.support.Browser;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.SamplePlan;
import co.rumbo.support.TestData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role opens every page of the menu and follows every link those pages show, as a person
 * clicking around would: nothing answers with a server error, and each role sees what it may.
 */
@RumboIntegrationTest
class PagesSmokeTest {

    static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void everyRoleOpensEveryPageAndLinkWithoutAServerError() {
        UUID org = data.organization().id();
        TestData.SavedPlan plan = data.plan(org);
        UUID office = data.office(org).id();
        UUID goal = plan.goal(SamplePlan.SUMA_GOAL);
        List<String> pages = List.of(
                "/",
                "/tablero",
                "/tablero/metas",
                "/tablero/metas/" + goal,
                "/plan",
                "/plan?q=meta",
                "/plan/metas/" + goal,
                "/plan/metas/" + goal + "/editar",
                "/plan/importar",
                "/plan/dnp",
                "/plan/dnp/conciliacion",
                "/admin/usuarios",
                "/admin/dependencias",
                "/admin/calendario",
                "/admin/correos",
                "/reuniones",
                "/reuniones/nueva",
                "/compromisos",
                "/compromisos?vencidos=true",
                "/auditoria",
                "/swagger-ui/index.html",
                "/v3/api-docs");
        List<String> failures = new ArrayList<>();
        for (Role role : Role.values()) {
            Set<UUID> offices = role.officeScoped() ? Set.of(office) : Set.of();
            String user = data.user(org, Set.of(role), offices).username();
            Browser browser = Browser.loggedIn(port, user, TestData.PASSWORD);
            Set<String> links = new LinkedHashSet<>(pages);
            for (String path : pages) {
                Page page = browser.get(path);
                check(role, path, page, failures);
                if (page.status() == 200 && page.body().contains("<html")) {
                    Matcher m = HREF.matcher(page.body());
                    while (m.find()) {
                        String link = m.group(1).replace("&amp;", "&");
                        if (!link.startsWith("/logout")
                                && !link.startsWith("/webjars")
                                && !link.startsWith("/css")
                                && !link.startsWith("/js")
                                && !link.startsWith("/_static")) {
                            links.add(link);
                        }
                    }
                }
            }
            links.removeAll(pages);
            for (String link : links) {
                check(role, link, browser.get(link), failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void check(Role role, String path, Page page, List<String> failures) {
        if (page.status() >= 500) {
            failures.add(role + " " + path + " → " + page.status());
        }
    }
}
