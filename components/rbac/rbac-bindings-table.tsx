"use client";

import type { KeyboardEvent } from "react";
import type { RbacTableEntry, RbacTableRow } from "@/lib/client/rbac/to-rbac-table-rows.adapter";
import { RbacExpectedDefaultBadge, RbacRiskBadges } from "./rbac-risk-badge";
import styles from "./rbac-graph.module.css";

const RULES_SHOWN = 4;

function Entry({ entry }: { entry: RbacTableEntry }) {
  return (
    <>
      {entry.label}
      <span className={styles.cellMeta}>
        {" "}
        {entry.count !== null ? "collapsed group" : entry.kind}
        {entry.namespace && entry.count === null ? ` · ${entry.namespace}` : ""}
        {entry.isMissing ? " · not found" : ""}
      </span>
    </>
  );
}

/** Arrow keys move between the rows' buttons, so the table is quick to walk by keyboard. */
function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button[data-row]")];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  buttons[Math.min(buttons.length - 1, Math.max(0, index + (event.key === "ArrowDown" ? 1 : -1)))]?.focus();
}

/**
 * The graph as a table, one row per binding, for screen readers and keyboards (and for reading
 * rule texts in full). Choosing a binding selects it in the graph.
 */
export function RbacBindingsTable({
  rows,
  selectedId,
  onSelect,
}: {
  rows: RbacTableRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <div className={styles.tableScroll}>
      <table className="table">
        <caption className="visually-hidden">Bindings in the graph, most severe risk first</caption>
        <colgroup>
          <col className={styles.colBinding} />
          <col className={styles.colSubjects} />
          <col className={styles.colRole} />
          <col className={styles.colAllows} />
          <col className={styles.colRisks} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Binding</th>
            <th scope="col">Subjects</th>
            <th scope="col">Role</th>
            <th scope="col">Allows</th>
            <th scope="col">Risks</th>
          </tr>
        </thead>
        <tbody onKeyDown={moveFocus}>
          {rows.map((row) => (
            <tr
              key={row.id}
              className={row.id === selectedId ? styles.rowSelected : undefined}
              aria-current={row.id === selectedId ? "true" : undefined}
            >
              <th scope="row">
                <button type="button" className={styles.linkButton} data-row onClick={() => onSelect(row.id)}>
                  {row.binding.label}
                </button>
                <div className={styles.cellMeta}>
                  {row.binding.count !== null ? "collapsed group" : row.binding.kind}
                  {row.binding.namespace ? ` · ${row.binding.namespace}` : ""}
                </div>
              </th>
              <td>
                <ul className={styles.cellList}>
                  {row.subjects.map((subject) => (
                    <li key={subject.id}>
                      <Entry entry={subject} />
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ul className={styles.cellList}>
                  {row.roles.map((role) => (
                    <li key={role.id}>
                      <Entry entry={role} />
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ul className={styles.cellList}>
                  {row.rules.slice(0, RULES_SHOWN).map((rule) => (
                    <li key={rule.id} className={styles.ruleText}>
                      {rule.label}
                    </li>
                  ))}
                  {row.rules.length > RULES_SHOWN ? (
                    <li className={styles.cellMeta}>+{row.rules.length - RULES_SHOWN} more</li>
                  ) : null}
                  {row.rules.length === 0 ? <li className={styles.cellMeta}>—</li> : null}
                </ul>
              </td>
              <td>
                <div className={styles.risks}>
                  {row.risks.length > 0 ? (
                    <RbacRiskBadges risks={row.risks} />
                  ) : row.binding.isExpectedDefault ? (
                    <RbacExpectedDefaultBadge />
                  ) : (
                    <span className="muted">None</span>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
