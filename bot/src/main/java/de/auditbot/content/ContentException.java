package de.auditbot.content;

/**
 * A content file in dialogs/ is broken. The message names the file, the path inside the file
 * and the problem, so that whoever edits the data can fix it without reading Java.
 */
public class ContentException extends RuntimeException {

    private final String file;
    private final String path;
    private final String problem;

    public ContentException(String file, String path, String problem) {
        super(describe(file, path, problem));
        this.file = file;
        this.path = path;
        this.problem = problem;
    }

    public ContentException(String file, String path, String problem, Throwable cause) {
        super(describe(file, path, problem), cause);
        this.file = file;
        this.path = path;
        this.problem = problem;
    }

    private static String describe(String file, String path, String problem) {
        String where = path == null || path.isEmpty() ? "" : ", at '" + path + "'";
        return "Invalid content file " + file + where + ": " + problem;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
