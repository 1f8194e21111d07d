package co.rumbo.interop;

import java.nio.file.Path;

/**
 * Where the real files of {@code shared/data} are, for the tests tagged "shared-data" (CI only):
 * {@code ../shared/data} from the project folder, or the system property {@code rumbo.shared-data}.
 */
public final class SharedData {

    private SharedData() {}

    /** The path of {@code relative} inside the shared data folder. */
    public static Path file(String relative) {
        String root = System.getProperty("rumbo.shared-data", "../shared/data");
        return Path.of(root).resolve(relative);
    }
}
