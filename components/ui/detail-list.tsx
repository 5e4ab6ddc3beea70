import type { ReactNode } from "react";

export interface DetailItem {
  label: string;
  value: ReactNode;
}

/** A two-column term/description list; empty values read "—" rather than leaving a hole. */
export function DetailList({ items }: { items: DetailItem[] }) {
  return (
    <dl className="dl">
      {items.map((item) => (
        <div key={item.label} style={{ display: "contents" }}>
          <dt>{item.label}</dt>
          <dd>{item.value ?? <span className="muted">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
