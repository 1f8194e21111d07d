package co.rumbo.dashboard.web;

import co.rumbo.dashboard.GoalDashboard;
import co.rumbo.dashboard.GroupFigures;
import co.rumbo.dashboard.GroupKind;
import co.rumbo.progress.GoalState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the tablero's charts, as JSON for {@code data-chart} attributes: the content security
 * policy forbids inline scripts, so {@code static/js/tablero.js} reads the data from the page. Only
 * figures already computed by the engine go in; the script draws, it never computes.
 */
@Component
class ChartData {

    private static final java.util.Locale ES_CO = java.util.Locale.forLanguageTag("es-CO");

    private final JsonMapper json;
    private final MessageSource messages;

    ChartData(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Horizontal bars of the groups' score (avance a la fecha) with the expected progress beside it. */
    String bars(GroupKind kind, List<GroupFigures> groups, Function<GroupFigures, String> link) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (GroupFigures g : groups) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", g.code() == null || kind == GroupKind.OFFICE ? g.name() : g.code() + " · " + g.name());
            item.put("value", number(g.score()));
            item.put("total", number(g.scoreTotal()));
            item.put("expected", number(g.expectedToCut()));
            item.put("light", g.trafficLight().name());
            item.put("url", link.apply(g));
            items.add(item);
        }
        return write(Map.of("type", "bars", "title", kind.plural(), "items", items));
    }

    /** A donut of how many goals are in each state. */
    String donut(Map<GoalState, Integer> counts, Function<GoalState, String> link) {
        List<Map<String, Object>> items = new ArrayList<>();
        counts.forEach((state, n) -> {
            if (n > 0) {
                items.add(Map.of(
                        "name", messages.getMessage("dashboard.state." + state.name(), null, state.name(), ES_CO),
                        "value", n,
                        "state", state.name(),
                        "url", link.apply(state)));
            }
        });
        return write(Map.of("type", "donut", "items", items));
    }

    /** Physical progress next to financial execution, per office. */
    String money(List<GroupFigures> offices, Function<GroupFigures, String> link) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (GroupFigures g : offices) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", g.name());
            item.put("physical", number(g.score()));
            item.put("commitments", number(g.financial().commitmentsRatio()));
            item.put("obligations", number(g.financial().obligationsRatio()));
            item.put("url", link.apply(g));
            items.add(item);
        }
        return write(Map.of("type", "money", "items", items));
    }

    /** A goal's programmed and executed values per year (Plan Indicativo target and the year's V). */
    String years(GoalDashboard goal) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> programmed = new ArrayList<>();
        List<BigDecimal> executed = new ArrayList<>();
        for (GoalDashboard.YearFigures y : goal.years()) {
            names.add(Integer.toString(y.year()));
            programmed.add(y.annualTarget());
            executed.add(y.value());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "series");
        data.put("periods", names);
        data.put("programmed", programmed);
        data.put("executed", executed);
        return write(data);
    }

    /** A goal's programmed and executed values per period of every year; the periods after the cut marked. */
    String periods(GoalDashboard goal) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> programmed = new ArrayList<>();
        List<BigDecimal> executed = new ArrayList<>();
        String lastCounted = null;
        for (GoalDashboard.YearFigures y : goal.years()) {
            for (GoalDashboard.PeriodValue p : y.periods()) {
                names.add(p.period());
                programmed.add(p.programmed());
                executed.add(p.counts() ? p.executed() : null);
                if (p.counts()) {
                    lastCounted = p.period();
                }
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "series");
        data.put("periods", names);
        data.put("programmed", programmed);
        data.put("executed", executed);
        data.put("cut", lastCounted);
        return write(data);
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private static BigDecimal number(BigDecimal ratio) {
        return DashboardJson.ratio(ratio);
    }
}
