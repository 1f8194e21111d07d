package co.rumbo.meetings;

/** A bilateral meeting: scheduled, held (its minutes are attached) or cancelled (with a reason). */
public enum MeetingState {
    PROGRAMADA("Programada"),
    REALIZADA("Realizada"),
    CANCELADA("Cancelada");

    private final String label;

    MeetingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
