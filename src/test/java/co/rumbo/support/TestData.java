package co.rumbo.support;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.UserView;
import co.rumbo.identity.Users;
import co.rumbo.organization.Office;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.GoalSummary;
import co.rumbo.structure.PlanStore;
import co.rumbo.structure.Plans;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Creates the data a test stands on: an organization with a DANE code no other test uses, offices,
 * and users who log in with {@link #PASSWORD}. Nothing is shared between tests, so their order does
 * not matter.
 */
public class TestData {

    public static final String PASSWORD = "clave-de-prueba-2026";

    // 5-digit DANE codes; a random start keeps codes apart even if a data folder were reused.
    private static final AtomicInteger DANE_CODES =
            new AtomicInteger(10_000 + ThreadLocalRandom.current().nextInt(50_000));
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organizations organizations;
    private final Users users;
    private final PlanStore planStore;
    private final Plans plans;

    TestData(Organizations organizations, Users users, PlanStore planStore, Plans plans) {
        this.organizations = organizations;
        this.users = users;
        this.planStore = planStore;
        this.plans = plans;
    }

    /** A saved plan and the ids of its goals by SisPT code. */
    public record SavedPlan(UUID id, Map<String, UUID> goalIds) {
        public UUID goal(String sisptCode) {
            return goalIds.get(sisptCode);
        }
    }

    /** Saves {@link SamplePlan} in the organization. */
    public SavedPlan plan(UUID organizationId) {
        UUID planId = planStore.save(organizationId, SamplePlan.content()).planId();
        Map<String, UUID> goals = plans.goals(organizationId, planId, GoalFilter.NONE).stream()
                .collect(Collectors.toMap(GoalSummary::sisptCode, GoalSummary::id));
        return new SavedPlan(planId, goals);
    }

    /** A fresh municipality with its own DANE code. */
    public Organization organization() {
        String dane = Integer.toString(DANE_CODES.incrementAndGet());
        return organizations.create(dane, "Municipio de prueba " + dane, OrganizationKind.MUNICIPIO);
    }

    public Office office(UUID organizationId) {
        String name = unique("Secretaría de prueba");
        return organizations.createOffice(
                organizationId, new OfficeCommand(unique("OF"), name, OfficeKind.SECRETARIA, true));
    }

    /** A user with these roles; office roles (LIDER, ENLACE) get a new office of their own. */
    public UserView user(UUID organizationId, Role... roles) {
        Set<Role> set = Set.copyOf(Arrays.asList(roles));
        Set<UUID> offices = set.stream().anyMatch(Role::officeScoped)
                ? Set.of(office(organizationId).id())
                : Set.of();
        return user(organizationId, set, offices);
    }

    public UserView user(UUID organizationId, Set<Role> roles, Set<UUID> officeIds) {
        String username = unique(roles.iterator().next().name().toLowerCase()).replace(' ', '-');
        UserCommand command = new UserCommand(
                username, "Persona " + username, username + "@prueba.gov.co", roles, officeIds, true, PASSWORD);
        return users.create(organizationId, command, administratorOf(organizationId));
    }

    /** Somebody allowed to do anything in the organization, for service calls that ask who acts. */
    public static CurrentUser administratorOf(UUID organizationId) {
        return new CurrentUser(
                UUID.randomUUID(), "datos-de-prueba", "Datos de prueba", organizationId, Set.of(Role.ADMIN), Set.of());
    }

    /** A name no other test uses in this JVM. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }
}
