package co.rumbo.meetings;

import java.util.List;
import java.util.UUID;

/**
 * A meeting with everything recorded in it, and, for a follow-up meeting, the commitments of the
 * meeting it follows up.
 */
public record MeetingDetail(
        Meeting meeting,
        List<AlertGoal> alertGoals,
        List<Attendee> attendees,
        List<Commitment> commitments,
        List<Commitment> followedUpCommitments) {

    public MeetingDetail {
        alertGoals = List.copyOf(alertGoals);
        attendees = List.copyOf(attendees);
        commitments = List.copyOf(commitments);
        followedUpCommitments = List.copyOf(followedUpCommitments);
    }

    /** A goal whose alert motivated the meeting, with its code and name as they were then. */
    public record AlertGoal(UUID goalId, String label) {}
}
