package co.rumbo.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sending of a validated quarterly report to one office: who received it (the office's leaders and
 * liaisons with an e-mail) and how many lagging goals the office had in it. No recipients means the
 * office has no user with an e-mail: nobody was told, and the page says so.
 */
public record ReportDelivery(UUID officeId, String officeName, List<String> recipients, int lagging, Instant sentAt) {

    public ReportDelivery {
        recipients = List.copyOf(recipients);
    }
}
