package co.rumbo.structure;

import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to a product goal by the planning office, with optimistic locking and the rules of progress-rules §2. */
@Service
public class GoalEditor {

    private static final Pattern BPIN = Pattern.compile("\\d{8,20}");

    private final JdbcClient jdbc;
    private final Organizations organizations;

    GoalEditor(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @Transactional
    public void update(UUID organizationId, UUID goalId, GoalEdit edit) {
        int current = jdbc.sql("select version from product_goal where organization_id = ? and id = ? for update")
                .params(organizationId, goalId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("La meta no existe"));
        if (current != edit.version()) {
            throw new StaleVersionException(
                    "Otra persona cambió esta meta mientras usted la editaba; esta es la versión nueva. Revise y vuelva a guardar.");
        }
        check(organizationId, edit);
        jdbc.sql("""
                        update product_goal set custom_name = ?, unit = ?, baseline = ?, four_year_target = ?,
                               programming_type = ?, type_inferred = false, office_id = ?, weight = ?, eliminated = ?,
                               eliminated_by = case when ? then 'PERSONA' end, version = version + 1
                        where id = ?""")
                .params(
                        edit.customName(),
                        edit.unit(),
                        edit.baseline(),
                        edit.fourYearTarget(),
                        edit.programmingType().name(),
                        edit.officeId(),
                        edit.weight(),
                        edit.eliminated(),
                        edit.eliminated(),
                        goalId)
                .update();
        for (Map.Entry<String, BigDecimal> t : edit.targets().entrySet()) {
            jdbc.sql("""
                            insert into product_goal_period (goal_id, organization_id, period, target) values (?, ?, ?, ?)
                            on conflict (goal_id, period) do update set target = excluded.target
                            where product_goal_period.target is distinct from excluded.target""")
                    .params(goalId, organizationId, t.getKey(), t.getValue())
                    .update();
        }
        jdbc.sql("delete from product_goal_bpin where goal_id = ? and not (bpin = any(?::text[]))")
                .params(goalId, edit.bpins().toArray(String[]::new))
                .update();
        int pos = 0;
        for (String bpin : edit.bpins()) {
            jdbc.sql("""
                            insert into product_goal_bpin (goal_id, organization_id, bpin, position) values (?, ?, ?, ?)
                            on conflict (goal_id, bpin) do update set position = excluded.position
                            where product_goal_bpin.position is distinct from excluded.position""").params(goalId, organizationId, bpin, pos++).update();
        }
    }

    /** Sets the responsible office of goals by their SisPT code (demo data, bulk assignment). */
    @Transactional
    public int assignOffice(UUID organizationId, UUID planId, String sisptCode, UUID officeId) {
        organizations.office(organizationId, officeId);
        return jdbc.sql("""
                        update product_goal set office_id = ?, version = version + 1
                        where organization_id = ? and plan_id = ? and sispt_code = ? and office_id is distinct from ?""")
                .params(officeId, organizationId, planId, sisptCode, officeId)
                .update();
    }

    private void check(UUID organizationId, GoalEdit edit) {
        if (edit.officeId() != null) {
            organizations.office(organizationId, edit.officeId());
        }
        for (String bpin : edit.bpins()) {
            if (!BPIN.matcher(bpin).matches()) {
                throw new BusinessRuleException("El BPIN " + bpin + " no es válido: debe tener solo dígitos (8 a 20)");
            }
        }
        for (Map.Entry<String, BigDecimal> t : edit.targets().entrySet()) {
            if (t.getValue() != null && t.getValue().signum() < 0) {
                throw new BusinessRuleException("La meta de " + t.getKey() + " no puede ser negativa");
            }
        }
        BigDecimal baseline = edit.baseline();
        ProgrammingType type = edit.programmingType();
        if (type == ProgrammingType.DECRECIENTE && baseline == null) {
            throw new BusinessRuleException(
                    "Una meta DECRECIENTE necesita línea base: defínala para poder medir su avance");
        }
        if (baseline != null && (type == ProgrammingType.CRECIENTE || type == ProgrammingType.DECRECIENTE)) {
            for (Map.Entry<String, BigDecimal> t : edit.targets().entrySet()) {
                BigDecimal target = t.getValue();
                if (target == null) continue;
                if (type == ProgrammingType.CRECIENTE && target.compareTo(baseline) < 0) {
                    throw new BusinessRuleException("Una meta CRECIENTE no puede tener la meta de " + t.getKey()
                            + " por debajo de la línea base");
                }
                if (type == ProgrammingType.DECRECIENTE && target.compareTo(baseline) > 0) {
                    throw new BusinessRuleException("Una meta DECRECIENTE no puede tener la meta de " + t.getKey()
                            + " por encima de la línea base");
                }
            }
        }
    }
}
