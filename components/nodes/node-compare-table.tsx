"use client";

import Link from "next/link";
import { useState } from "react";
import { Icon } from "@/components/ui/icon";
import { describeCompareCell } from "@/lib/client/nodes/describe-compare-cell";
import { describeRole } from "@/lib/client/nodes/describe-node-rows";
import { nodePaths } from "@/lib/client/nodes/node-paths";
import type { CompareCell, CompareRow, NodeCompareView } from "@/lib/shared/node-view";
import { TONE_CLASSES } from "./status-mark";
import styles from "./nodes.module.css";

const STATUS_ICONS = { ok: "check", warning: "warning", danger: "error", neutral: null } as const;

/**
 * The Talos nodes side by side. A cell whose value differs from the majority of its peers is
 * tinted and carries a "≠ differs" marker; a row without a majority "≷ no majority". Verdicts
 * against the expected value are an icon with a hidden word, so colour is never the only cue.
 */
export function NodeCompareTable({ clusterId, compare }: { clusterId: string; compare: NodeCompareView }) {
  const outliers = new Set(compare.outliers.map((outlier) => outlier.name));
  const [isOnlyDifferences, setOnlyDifferences] = useState(false);
  const differingRows = compare.sections.reduce(
    (count, section) => count + section.rows.filter((row) => !row.isUniform).length,
    0,
  );
  const sections = compare.sections
    .map((section) => ({
      ...section,
      rows: isOnlyDifferences ? section.rows.filter((row) => !row.isUniform) : section.rows,
    }))
    .filter((section) => section.rows.length > 0);
  return (
    <>
      <div className={styles.toolbar}>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={isOnlyDifferences}
            onChange={(event) => setOnlyDifferences(event.target.checked)}
          />
          Only attributes where nodes differ ({differingRows})
        </label>
      </div>
      {sections.length === 0 ? (
        <p className={styles.unreadable}>Every node holds the same value for every attribute.</p>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label="Compare nodes (scrolls sideways)">
          <table className={styles.matrix}>
            <caption className="visually-hidden">Compare nodes</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.attribute}>
                  Attribute
                </th>
                <th scope="col">Expected</th>
                {compare.nodes.map((node) => (
                  <th
                    key={node.name}
                    scope="col"
                    className={`${styles.nodeHead} ${outliers.has(node.name) ? styles.outlierHead : ""}`}
                  >
                    <Link href={nodePaths.detail(clusterId, node.name)}>{node.name}</Link>
                    <span className={styles.nodeRole}>
                      {describeRole(node.role)}
                      {outliers.has(node.name) ? " · differs from peers" : ""}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            {sections.map((section) => (
              <tbody key={section.id}>
                <tr className={styles.groupRow}>
                  <th scope="colgroup" colSpan={compare.nodes.length + 2} id={`compare-${section.id}`}>
                    {section.title}
                  </th>
                </tr>
                {section.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className={styles.attribute}>
                      {row.label}
                    </th>
                    <td className={styles.expected}>{row.expected ?? "—"}</td>
                    {row.cells.map((cell) => (
                      <CompareValue key={cell.node} row={row} cell={cell} />
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
      <div className={styles.legend}>
        <span className={styles.legendItem}>
          <span className={styles.marker} aria-hidden="true">
            ≠
          </span>
          differs from the majority of its peers
        </span>
        <span className={`${styles.legendItem} ${styles.split}`}>
          <span className={styles.marker} aria-hidden="true">
            ≷
          </span>
          <span className={styles.toneNeutral}>peers disagree, no majority</span>
        </span>
        <span className={styles.legendItem}>Services are compared among nodes of the same role.</span>
      </div>
    </>
  );
}

function CompareValue({ row, cell }: { row: CompareRow; cell: CompareCell }) {
  const described = describeCompareCell(row, cell);
  const icon = cell.status ? STATUS_ICONS[described.tone] : null;
  const highlight =
    described.highlight === "differs" ? styles.differs : described.highlight === "split" ? styles.split : "";
  return (
    <td className={highlight} title={described.description} data-standing={cell.standing}>
      <span className={styles.cellInner} aria-hidden="true">
        {described.marker ? (
          <span className={styles.marker} aria-hidden="true">
            {described.marker}
          </span>
        ) : null}
        <span
          className={
            cell.value === null ? "muted" : `${styles.value} ${cell.status === "FAIL" ? styles.toneDanger : ""}`
          }
        >
          {described.text}
        </span>
        {icon ? (
          <span className={TONE_CLASSES[described.tone]}>
            <Icon name={icon} size={13} />
          </span>
        ) : null}
        {described.note ? <span className={styles.markerNote}>{described.note}</span> : null}
      </span>
      <span className="visually-hidden">{described.description}</span>
    </td>
  );
}
