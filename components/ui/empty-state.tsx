import type { ReactNode } from "react";
import { Icon, type IconName } from "./icon";

/** What a screen shows when there is honestly nothing (yet): what will be here, and how to get there. */
export function EmptyState({
  icon = "info",
  title,
  children,
  actions,
}: {
  icon?: IconName;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-label={title}>
      <span className="empty-state-icon">
        <Icon name={icon} size={22} />
      </span>
      <h2>{title}</h2>
      {children ? <div className="empty-state-body">{children}</div> : null}
      {actions ? (
        <div className="row" style={{ justifyContent: "center" }}>
          {actions}
        </div>
      ) : null}
    </section>
  );
}
