package co.rumbo.identity.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Usuario y dependencias")
class MeApiController {

    private final Organizations organizations;

    MeApiController(Organizations organizations) {
        this.organizations = organizations;
    }

    record OrganizationJson(UUID id, String daneCode, String name, String kind) {}

    record OfficeJson(UUID id, String code, String name, String kind, boolean active) {
        static OfficeJson of(Office o) {
            return new OfficeJson(o.id(), o.code(), o.name(), o.kind().name(), o.active());
        }
    }

    record MeJson(
            String username,
            String fullName,
            OrganizationJson organization,
            List<String> roles,
            List<OfficeJson> offices) {}

    @GetMapping("/me")
    @Operation(summary = "El usuario autenticado: sus roles, su entidad y sus dependencias")
    MeJson me() {
        CurrentUser me = CurrentUser.get();
        Organization org = me.organizationId() == null ? null : organizations.get(me.organizationId());
        List<OfficeJson> offices = org == null
                ? List.of()
                : organizations.offices(org.id()).stream()
                        .filter(o -> me.officeIds().contains(o.id()))
                        .map(OfficeJson::of)
                        .toList();
        return new MeJson(
                me.username(),
                me.fullName(),
                org == null
                        ? null
                        : new OrganizationJson(
                                org.id(), org.daneCode(), org.name(), org.kind().name()),
                me.roles().stream()
                        .sorted(Comparator.naturalOrder())
                        .map(Role::name)
                        .toList(),
                offices);
    }

    @GetMapping("/offices")
    @Operation(summary = "Las dependencias de la entidad del usuario")
    List<OfficeJson> offices() {
        UUID org = CurrentUser.get().requireOrganization();
        return organizations.offices(org).stream().map(OfficeJson::of).toList();
    }
}
