import PDFDocument from "pdfkit";
import type { EvidenceScope } from "@/lib/shared/evidence-pack-view";
import { formatScore, SCORE_BANDS, scoreBand, scoreBandStyle } from "@/lib/shared/score-bands";
import type { TimeRange } from "./classify-period";
import type { StagedFile } from "./staged-file";

// summary.pdf: the executive summary a CISO hands to a board. Built-in fonts only (Helvetica, Courier), the
// heatmap drawn as vector cells with the score printed in each, and every date from the pack's
// "as of" instant, so the same pack yields the same bytes (pdfkit's file id derives from the info).

export interface SummaryFramework {
  id: string;
  name: string;
  version: string;
  score: number | null;
  counts: { pass: number; fail: number; unknown: number; warn: number; waived: number };
  controlsFailedInPeriod: number;
}

export interface SummaryCluster {
  name: string;
  environment: string;
  platform: string | null;
  /** Score per framework id at the end of the period; undefined = never evaluated by then. */
  scores: Map<string, number | null> | null;
  isStaleAtEnd: boolean;
  staleRanges: TimeRange[];
  /** Milliseconds of the period without any evaluation (before the first one). */
  unevaluatedMs: number;
}

export interface SummaryData {
  scope: EvidenceScope;
  lotseVersion: string;
  catalogVersion: string;
  fingerprint: string;
  /** The signing key's public half (SPKI PEM), printed so the summary alone identifies the key. */
  publicKeyPem: string;
  frameworks: SummaryFramework[];
  clusters: SummaryCluster[];
  topFailing: { framework: string; controlId: string; title: string; clustersFailed: number; firstFailedAt: string }[];
  waivers: { checkId: string; target: string; expiresAt: string; approvedBy: string; state: string }[];
}

const MARGIN = 48;
const INK = "#1b1f24";
const MUTED = "#57606a";

// Rounded down like every score on screen, so the PDF never shows a number the UI does not.
const percent = (score: number | null | undefined) =>
  score === null || score === undefined ? "n/a" : `${formatScore(score)}%`;
const day = (iso: string) =>
  iso
    .replace("T", " ")
    .replace(/\.\d+Z$/, "Z")
    .replace(/:\d\dZ$/, "Z");

function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor(INK).text(text, MARGIN);
  doc.moveDown(0.3).font("Helvetica").fontSize(9.5).fillColor(INK);
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function line(doc: PDFKit.PDFDocument, label: string, value: string): void {
  ensureSpace(doc, 14);
  doc.font("Helvetica-Bold").fontSize(9.5).fillColor(INK).text(`${label}: `, MARGIN, doc.y, { continued: true });
  doc.font("Helvetica").text(value);
}

function table(doc: PDFKit.PDFDocument, columns: { title: string; width: number }[], rows: string[][]): void {
  const drawRow = (cells: string[], isHeader: boolean) => {
    const height =
      Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: columns[index]!.width - 6 }))) + 5;
    ensureSpace(doc, height);
    const top = doc.y;
    let x = MARGIN;
    doc
      .font(isHeader ? "Helvetica-Bold" : "Helvetica")
      .fontSize(8.5)
      .fillColor(isHeader ? MUTED : INK);
    cells.forEach((cell, index) => {
      doc.text(cell, x + 3, top + 2, { width: columns[index]!.width - 6 });
      x += columns[index]!.width;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(x, top + height)
      .lineWidth(0.4)
      .strokeColor("#d0d7de")
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(
    columns.map((column) => column.title),
    true,
  );
  for (const row of rows) drawRow(row, false);
  doc.font("Helvetica").fontSize(9.5).fillColor(INK);
}

function drawHeatmap(doc: PDFKit.PDFDocument, data: SummaryData): void {
  const labelWidth = 130;
  const width = doc.page.width - 2 * MARGIN - labelWidth;
  const cellWidth = Math.min(70, width / Math.max(data.frameworks.length, 1));
  const cellHeight = 16;
  const drawHeader = () => {
    ensureSpace(doc, 40);
    const top = doc.y;
    doc.font("Helvetica-Bold").fontSize(7.5).fillColor(MUTED);
    data.frameworks.forEach((framework, index) => {
      doc.text(framework.name, MARGIN + labelWidth + index * cellWidth + 2, top, {
        width: cellWidth - 4,
        height: 26,
        align: "center",
        ellipsis: true,
      });
    });
    doc.y = top + 28;
  };
  drawHeader();
  for (const cluster of data.clusters) {
    if (doc.y + cellHeight > doc.page.height - MARGIN) {
      doc.addPage();
      drawHeader();
    }
    const top = doc.y;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(INK)
      .text(`${cluster.name}${cluster.isStaleAtEnd ? " (stale)" : ""}`, MARGIN, top + 4, {
        width: labelWidth - 6,
        ellipsis: true,
        lineBreak: false,
      });
    data.frameworks.forEach((framework, index) => {
      const score = cluster.scores?.get(framework.id);
      const x = MARGIN + labelWidth + index * cellWidth;
      // The heatmap's bands and colours (colour-blind safe); the number is printed in every cell.
      const style = scoreBandStyle(scoreBand(score, cluster.isStaleAtEnd));
      doc
        .rect(x + 1, top + 1, cellWidth - 2, cellHeight - 2)
        .fillColor(style.fill)
        .fill();
      doc
        .font("Helvetica-Bold")
        .fontSize(8)
        .fillColor(style.ink)
        .text(cluster.scores ? percent(score) : "not evaluated", x + 1, top + 4.5, {
          width: cellWidth - 2,
          align: "center",
          lineBreak: false,
        });
    });
    doc.x = MARGIN;
    doc.y = top + cellHeight;
  }
  doc.moveDown(0.5);
  const legendTop = doc.y;
  const legend: [string, string][] = SCORE_BANDS.map((band) => [band.fill, band.label]);
  doc.font("Helvetica").fontSize(8);
  let x = MARGIN;
  for (const [color, text] of legend) {
    doc.rect(x, legendTop, 10, 10).fillColor(color).fill();
    doc.fillColor(MUTED).text(text, x + 14, legendTop + 1, { lineBreak: false });
    x += 14 + doc.widthOfString(text) + 12;
  }
  doc.x = MARGIN;
  doc.y = legendTop + 16;
}

function describeScope(scope: EvidenceScope): string {
  const parts = [
    scope.clusterIds ? `${scope.clusterIds.length} chosen cluster(s)` : null,
    scope.environment ? `environment ${scope.environment}` : null,
    scope.site ? `site ${scope.site}` : null,
    scope.label ? `label ${scope.label}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : "the whole fleet";
}

/** Writes summary.pdf into `file` (streamed). */
export async function writeSummaryPdf({ data, file }: { data: SummaryData; file: StagedFile }): Promise<void> {
  const asOf = new Date(data.scope.to);
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: true,
    info: {
      Title: "Lotse evidence pack: executive summary",
      Author: "Lotse",
      Subject: `Compliance evidence as of ${data.scope.to}`,
      Creator: `Lotse ${data.lotseVersion}`,
      Producer: "Lotse (PDFKit)",
      CreationDate: asOf,
      ModDate: asOf,
    },
  });
  const done = new Promise<void>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => {
      doc.pause();
      file.write(chunk).then(() => doc.resume(), reject);
    });
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(20).fillColor(INK).text("Compliance evidence pack");
  doc.font("Helvetica").fontSize(11).fillColor(MUTED).text("Executive summary produced by Lotse").moveDown(0.8);
  line(doc, "Frameworks", data.frameworks.map((framework) => `${framework.name} ${framework.version}`).join("; "));
  line(doc, "Clusters", `${data.clusters.length} (${describeScope(data.scope)})`);
  line(
    doc,
    "Period",
    data.scope.from ? `${day(data.scope.from)} to ${day(data.scope.to)}` : `point in time ${day(data.scope.to)}`,
  );
  line(doc, "Generated at", `${day(data.scope.to)} (the pack's "as of" instant: the newest data it covers)`);
  line(doc, "Versions", `Lotse ${data.lotseVersion}, control catalog ${data.catalogVersion}`);

  heading(doc, "Fleet score per framework");
  doc
    .fillColor(MUTED)
    .text(
      "Score = PASS / (PASS + FAIL) over controls x clusters at the end of the period. Unknown controls are counted beside it, never in it.",
    )
    .moveDown(0.3);
  table(
    doc,
    [
      { title: "Framework", width: 170 },
      { title: "Score", width: 50 },
      { title: "Pass", width: 45 },
      { title: "Fail", width: 45 },
      { title: "Unknown", width: 55 },
      { title: "Waived", width: 50 },
      { title: "Controls failed in period", width: 85 },
    ],
    data.frameworks.map((framework) => [
      `${framework.name} ${framework.version}`,
      percent(framework.score),
      String(framework.counts.pass),
      String(framework.counts.fail),
      String(framework.counts.unknown),
      String(framework.counts.waived),
      String(framework.controlsFailedInPeriod),
    ]),
  );

  heading(doc, "Heatmap: clusters x frameworks (score at the end of the period)");
  drawHeatmap(doc, data);

  heading(doc, "Top failing controls in the period");
  if (data.topFailing.length === 0) doc.text("No control failed on any cluster in the period.");
  else {
    table(
      doc,
      [
        { title: "Framework", width: 95 },
        { title: "Control", width: 185 },
        { title: "Clusters failed", width: 70 },
        { title: "First failure", width: 150 },
      ],
      data.topFailing.map((control) => [
        control.framework,
        `${control.controlId} ${control.title}`,
        String(control.clustersFailed),
        day(control.firstFailedAt),
      ]),
    );
  }

  heading(doc, "Waivers in force (accepted risk)");
  if (data.waivers.length === 0) doc.text("No waiver was in force in the period.");
  else {
    table(
      doc,
      [
        { title: "Check", width: 150 },
        { title: "Applies to", width: 120 },
        { title: "Expires", width: 100 },
        { title: "Approved by", width: 130 },
      ],
      data.waivers.map((waiver) => [
        waiver.checkId,
        waiver.target,
        `${day(waiver.expiresAt)} (${waiver.state})`,
        waiver.approvedBy,
      ]),
    );
  }

  heading(doc, "Clusters stale or unknown during the period");
  const troubled = data.clusters.filter(
    (cluster) => cluster.staleRanges.length > 0 || cluster.unevaluatedMs > 0 || !cluster.scores,
  );
  if (troubled.length === 0) doc.text("Every cluster was evaluated and fresh throughout the period.");
  else {
    table(
      doc,
      [
        { title: "Cluster", width: 130 },
        { title: "Stale (no successful collection for 2x its schedule)", width: 240 },
        { title: "Not evaluated", width: 130 },
      ],
      troubled.map((cluster) => [
        cluster.name,
        cluster.staleRanges.length === 0
          ? "-"
          : cluster.staleRanges
              .slice(0, 3)
              .map((range) =>
                range.from === range.to ? `at ${day(range.to)}` : `${day(range.from)} to ${day(range.to)}`,
              )
              .join("; ") + (cluster.staleRanges.length > 3 ? ` (+${cluster.staleRanges.length - 3} more)` : ""),
        !cluster.scores
          ? "never, by the end of the period"
          : cluster.unevaluatedMs > 0
            ? `${Math.round(cluster.unevaluatedMs / 3_600_000)} h of the period`
            : "-",
      ]),
    );
  }

  heading(doc, "Sign-off");
  doc.text("Reviewed and accepted as evidence of the posture stated above.").moveDown(0.6);
  for (const label of ["Name", "Role", "Date", "Signature"]) {
    ensureSpace(doc, 26);
    const top = doc.y + 12;
    doc
      .font("Helvetica")
      .fontSize(9.5)
      .fillColor(INK)
      .text(label, MARGIN, top - 10);
    doc
      .moveTo(MARGIN + 70, top)
      .lineTo(MARGIN + 330, top)
      .lineWidth(0.6)
      .strokeColor(MUTED)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + 8;
  }

  heading(doc, "Integrity");
  doc.text(
    "Every file of this pack is listed with its SHA-256 in manifest.json and in SHA256SUMS, both signed with Lotse's Ed25519 evidence-signing key (manifest.sig, SHA256SUMS.sig). VERIFY.md explains how to check them with openssl and sha256sum.",
  );
  doc.moveDown(0.3);
  line(doc, "Signing key fingerprint (SHA-256)", data.fingerprint);
  ensureSpace(doc, 60);
  doc
    .moveDown(0.3)
    .font("Helvetica-Bold")
    .text("Public key (also lotse-evidence-public-key.pem in this pack):", MARGIN);
  doc
    .moveDown(0.2)
    .font("Courier")
    .fontSize(8)
    .text(data.publicKeyPem.trim(), MARGIN + 12);
  doc.end();
  await done;
}
