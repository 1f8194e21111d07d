package co.rumbo.dashboard.report;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.SpanishNames;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.TrafficLight;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Spanish words of the reports: states and traffic lights as the tablero names them, periods as people say them. */
@Component
public class ReportText {

    private static final Locale ES_CO = Locale.forLanguageTag("es-CO");

    private final MessageSource messages;

    ReportText(MessageSource messages) {
        this.messages = messages;
    }

    public String state(GoalState state) {
        return state == null ? "—" : messages.getMessage("dashboard.state." + state.name(), null, state.name(), ES_CO);
    }

    public String light(TrafficLight light) {
        return light == null ? "—" : messages.getMessage("dashboard.light." + light.name(), null, light.name(), ES_CO);
    }

    /** "marzo de 2026". */
    public String monthLabel(YearMonth month) {
        return SpanishNames.month(month);
    }

    /** "marzo de 2026", "primer trimestre de 2026", "año 2026". */
    public String periodLabel(Period period) {
        return SpanishNames.periodWithOrdinal(period);
    }
}
