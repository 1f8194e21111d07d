package co.rumbo.tracking;

import java.util.List;

/**
 * The treasury's file was refused and nothing was saved: every problem found, each with its sheet, row
 * and column (HTTP 422 in the API).
 */
public class TreasuryUploadRejected extends RuntimeException {

    private final List<UploadIssue> issues;

    public TreasuryUploadRejected(String message, List<UploadIssue> issues) {
        super(message);
        this.issues = List.copyOf(issues);
    }

    public List<UploadIssue> issues() {
        return issues;
    }
}
