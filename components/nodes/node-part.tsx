import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { NodePart } from "@/lib/shared/node-view";
import styles from "./nodes.module.css";

/**
 * Renders a part of the node when it was read; otherwise "Not readable" with the reason and the
 * collection errors. A part read with errors is incomplete: it renders, and the errors are listed.
 */
export function NodePartView<T>({
  part,
  what,
  children,
}: {
  part: NodePart<T>;
  /** Completes "… could not be read": "The security state". */
  what: string;
  children: (value: T) => ReactNode;
}) {
  if (!part.isReadable) {
    return (
      <div className={styles.unreadable}>
        <Alert tone="warning" title={`Not readable: ${what} could not be read`}>
          <p>{part.reason}</p>
          <ErrorList errors={part.errors} />
        </Alert>
      </div>
    );
  }
  return (
    <>
      {part.errors.length > 0 ? (
        <div className={styles.unreadable}>
          <Alert tone="warning" title={`Incomplete: part of ${what.replace(/^The /, "the ")} could not be read`}>
            <ErrorList errors={part.errors} />
          </Alert>
        </div>
      ) : null}
      {children(part.value)}
    </>
  );
}

function ErrorList({ errors }: { errors: NodePart<unknown>["errors"] }) {
  if (errors.length === 0) return null;
  return (
    <ul className={styles.errorList}>
      {errors.map((error, index) => (
        <li key={`${error.target}-${index}`}>
          <code>{error.target}</code> · {error.kind}: {error.message}
        </li>
      ))}
    </ul>
  );
}
