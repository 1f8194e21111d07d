package co.rumbo.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A day an organization does not work besides weekends and national holidays. */
public record NonWorkingDay(UUID id, LocalDate day, String description) {

    public NonWorkingDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(description, "description");
    }
}
