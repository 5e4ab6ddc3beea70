import type { ReactNode } from "react";
import { Icon, type IconName } from "./icon";

type Tone = "info" | "ok" | "warning" | "danger";

const ICONS: Record<Tone, IconName> = { info: "info", ok: "check", warning: "warning", danger: "error" };

/**
 * A message box. `role="alert"` is for messages that appear in response to an action (errors,
 * results) so screen readers announce them; static notes use no role.
 */
export function Alert({
  tone = "info",
  title,
  children,
  isLive = false,
  id,
  action,
}: {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  isLive?: boolean;
  id?: string;
  action?: ReactNode;
}) {
  return (
    <div id={id} className={`alert alert-${tone}`} role={isLive ? (tone === "danger" ? "alert" : "status") : undefined}>
      <Icon name={ICONS[tone]} size={18} className="alert-icon" />
      <div className="stack-sm" style={{ gap: 4, flex: 1, minWidth: 0 }}>
        {title ? <p className="alert-title">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
      {action ? <div>{action}</div> : null}
    </div>
  );
}
