package co.rumbo.meetings;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.web.Formats;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may do what with meetings: the planning office (and administrators) schedule and record them;
 * every role that sees all offices reads them; an office's leader and liaison read their office's.
 */
@Component
class MeetingAccess {

    private final Organizations organizations;

    MeetingAccess(Organizations organizations) {
        this.organizations = organizations;
    }

    static boolean isPlanner(CurrentUser user) {
        return user.hasAny(Role.PLANEACION, Role.ADMIN);
    }

    static UUID requirePlanner(CurrentUser user, String what) {
        UUID org = user.requireOrganization();
        if (!isPlanner(user)) {
            throw new ForbiddenException("Solo la oficina de planeación " + what);
        }
        return org;
    }

    /**
     * Whether the person may record a commitment as done: the planning office, the leader of the
     * commitment's office, or the person named responsible for it.
     */
    static boolean canMarkDone(CurrentUser user, UUID officeId, UUID responsibleUserId) {
        if (isPlanner(user)) return true;
        if (user.has(Role.LIDER) && user.officeIds().contains(officeId)) return true;
        return responsibleUserId != null && responsibleUserId.equals(user.id()) && user.canSeeOffice(officeId);
    }

    Map<UUID, String> officeNames(UUID org) {
        return organizations.offices(org).stream().collect(Collectors.toMap(Office::id, Office::name));
    }

    Office office(UUID org, UUID officeId) {
        return organizations.office(org, officeId);
    }

    static LocalDate today() {
        return LocalDate.now(Formats.BOGOTA);
    }
}
