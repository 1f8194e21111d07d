package co.rumbo.meetings;

import java.util.UUID;

/** A person who attended a meeting. */
public record Attendee(UUID id, String name, String role, UUID userId) {}
