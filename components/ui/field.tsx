import type { ReactNode } from "react";
import { Icon } from "./icon";

/** IDs a control needs to point at its hint and error (aria-describedby), derived from its id. */
export function describedBy({ id, hasHint, error }: { id: string; hasHint: boolean; error?: string | null }) {
  const ids = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * Label, control, hint and error in one column. The control itself is passed as children and must
 * carry `id={id}`, `aria-invalid` and `aria-describedby={describedBy(...)}`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  isOptional = false,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  isOptional?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
        {isOptional ? <span className="field-optional">(optional)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <Icon name="error" size={14} />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
