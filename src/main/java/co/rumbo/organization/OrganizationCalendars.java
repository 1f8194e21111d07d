package co.rumbo.organization;

import co.rumbo.calendar.BusinessCalendar;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business calendar of an organization: Colombian holidays plus the organization's own
 * non-working days. Deadlines of reports are computed with it.
 */
@Service
public class OrganizationCalendars {

    private final JdbcClient jdbc;

    OrganizationCalendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public BusinessCalendar calendar(UUID organizationId) {
        return BusinessCalendar.colombia(
                nonWorkingDays(organizationId).stream().map(NonWorkingDay::day).toList());
    }

    public List<NonWorkingDay> nonWorkingDays(UUID organizationId) {
        return jdbc.sql(
                        "select id, day, description from organization_non_working_day where organization_id = ? order by day")
                .param(organizationId)
                .query((rs, n) -> new NonWorkingDay(
                        rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    @Transactional
    public NonWorkingDay add(UUID organizationId, LocalDate day, String description) {
        if (day == null) {
            throw new BusinessRuleException("La fecha es obligatoria");
        }
        if (day.getYear() < 2000 || day.getYear() > 2100) {
            throw new BusinessRuleException("La fecha " + day + " está fuera de rango");
        }
        String text = description == null ? "" : description.trim();
        if (text.isEmpty()) {
            throw new BusinessRuleException("Describa por qué no se trabaja ese día");
        }
        try {
            UUID id = jdbc.sql("""
                            insert into organization_non_working_day (organization_id, day, description)
                            values (?, ?, ?) returning id""")
                    .params(organizationId, day, text)
                    .query(UUID.class)
                    .single();
            return new NonWorkingDay(id, day, text);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("Ese día ya está registrado como no hábil");
        }
    }

    @Transactional
    public void remove(UUID organizationId, UUID dayId) {
        int removed = jdbc.sql("delete from organization_non_working_day where organization_id = ? and id = ?")
                .params(organizationId, dayId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("El día no existe");
        }
    }
}
