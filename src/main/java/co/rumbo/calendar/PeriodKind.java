package co.rumbo.calendar;

/** The length of a follow-up period. Colombian fiscal years are calendar years (vigencias). */
public enum PeriodKind {
    YEAR(12),
    QUARTER(3),
    MONTH(1);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** How many months a period of this kind spans. */
    public int months() {
        return months;
    }

    /** How many periods of this kind a year holds: 1, 4 or 12. */
    public int perYear() {
        return 12 / months;
    }
}
