package dev.cairn.internal.seal;

import java.util.List;

/**
 * What a verification found.
 *
 * @param problems each thing that was changed, missing, cut or out of order, with its file and line; empty if intact
 * @param notes what is true but not a problem: records after the last checkpoint, a chain that starts after record 0
 * @param wrongKey the files were sealed with another key: nothing else was checked or written
 * @param records the records read (checkpoints not counted)
 * @param files the files read
 * @param lastCheckpoint where and when the last valid checkpoint was written, or null
 */
public record Verdict(
        List<String> problems, List<String> notes, boolean wrongKey, long records, int files, String lastCheckpoint) {

    public boolean intact() {
        return problems.isEmpty() && !wrongKey;
    }

    /** The one-line summary: {@code OK: …} when intact, else how many problems were found. */
    public String summary() {
        if (wrongKey) {
            return problems.get(0);
        }
        String counted =
                records + (records == 1 ? " record in " : " records in ") + files + (files == 1 ? " file" : " files");
        if (problems.isEmpty()) {
            return "OK: " + counted + ", "
                    + (lastCheckpoint == null ? "no checkpoint" : "last checkpoint at " + lastCheckpoint);
        }
        return "TAMPERED: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + counted;
    }
}
