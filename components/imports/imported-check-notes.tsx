import { DISPOSITION_LABELS } from "@/lib/client/imports/describe-import";
import { formatDate } from "@/lib/client/format/format-date";
import { SCANNER_TOOL_LABELS, type ImportedCheckNote } from "@/lib/shared/import-view";
import styles from "./imports.module.css";

/** Under a check in a framework view: each imported scanner result for it and how it counted, with why. */
export function ImportedCheckNotes({ notes }: { notes: ImportedCheckNote[] }) {
  return (
    <ul className={styles.notes} aria-label="Imported scanner results">
      {notes.map((note) => (
        <li key={`${note.importId}-${note.externalId}`} className={styles.note} data-disposition={note.disposition}>
          <span className={styles.noteHead}>
            {SCANNER_TOOL_LABELS[note.tool]} {note.externalId}: {note.status}
            {note.node ? ` on ${note.node}` : ""} · <strong>{DISPOSITION_LABELS[note.disposition]}</strong> · imported{" "}
            {formatDate(note.importedAt)}
          </span>
          <span className={styles.meta}>{note.reason}</span>
        </li>
      ))}
    </ul>
  );
}
