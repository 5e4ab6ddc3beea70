import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { Catalog } from "@/lib/catalog/catalog-types";
import { summarizeFleetFramework } from "@/lib/server/frameworks/score-fleet";
import { hashStagedFiles } from "./hash-staged-files";
import { OSCAL_VERSION } from "./oscal-document";
import { packPartialFile, packStagingDir } from "./pack-files";
import {
  MANIFEST_PATH,
  PACK_FORMAT,
  PUBLIC_KEY_PATH,
  SIGNATURE_PATH,
  SUMS_PATH,
  SUMS_SIGNATURE_PATH,
  packEntryOrder,
  renderManifest,
  renderSums,
} from "./pack-manifest";
import { renderVerifyMd } from "./render-verify-md";
import type { ResolvedScope } from "./resolve-evidence-scope";
import type { SigningKey } from "./signing-key";
import { stagePackContent } from "./stage-pack-content";
import { stageSnapshots } from "./stage-snapshots";
import { StagedFile } from "./staged-file";
import { writeSummaryPdf, type SummaryData } from "./summary-pdf";
import { fileEntry, writePackZip, type PackEntry } from "./write-pack-zip";

const TOP_FAILING = 10;

export interface BuiltPack {
  manifestSha256: string;
  sizeBytes: number;
}

/**
 * Builds the pack at `outFile`: content is staged file by file in `<outFile>.staging/` (bounded
 * memory: one cluster's finding states at a time), hashed, signed, then streamed into the zip in a
 * fixed order with fixed timestamps. The same scope over the same stored data gives the same bytes.
 */
export async function buildEvidencePack({
  catalog,
  resolved,
  signingKey,
  lotseVersion,
  outFile,
}: {
  catalog: Catalog;
  resolved: ResolvedScope;
  signingKey: SigningKey;
  lotseVersion: string;
  outFile: string;
}): Promise<BuiltPack> {
  const root = packStagingDir(outFile);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  try {
    const { scope } = resolved;
    const content = await stagePackContent({ root, catalog, resolved, lotseVersion });
    await stageSnapshots({ root, hashes: content.snapshotHashes });

    const names = new Map(resolved.frameworks.map((framework) => [framework.id as string, framework]));
    const summary: SummaryData = {
      ...content.summary,
      lotseVersion,
      fingerprint: signingKey.fingerprint,
      publicKeyPem: signingKey.publicKeyPem,
      frameworks: resolved.frameworks.map((framework) => {
        const fleet = summarizeFleetFramework({ catalog, framework, clusters: content.scored });
        return {
          id: framework.id,
          name: framework.name,
          version: framework.version,
          score: fleet.score,
          counts: fleet.counts,
          controlsFailedInPeriod: [...content.summary.controlFailures.keys()].filter((key) =>
            key.startsWith(`${framework.id}\u0000`),
          ).length,
        };
      }),
      topFailing: [...content.summary.controlFailures]
        .map(([key, failure]) => {
          const [frameworkId = "", controlId = ""] = key.split("\u0000");
          const framework = names.get(frameworkId);
          return {
            framework: framework?.name ?? frameworkId,
            order: resolved.frameworks.findIndex((candidate) => candidate.id === frameworkId),
            controlId,
            title: framework?.controls.find((control) => control.id === controlId)?.title ?? "",
            ...failure,
          };
        })
        .sort(
          (a, b) =>
            b.clusters - a.clusters ||
            a.order - b.order ||
            (a.controlId < b.controlId ? -1 : a.controlId > b.controlId ? 1 : 0),
        )
        .slice(0, TOP_FAILING)
        .map(({ framework, controlId, title, clusters, firstFailedAt }) => ({
          framework,
          controlId,
          title,
          clustersFailed: clusters,
          firstFailedAt,
        })),
    };
    const pdf = await StagedFile.create(root, "summary.pdf");
    await writeSummaryPdf({ data: summary, file: pdf });
    await pdf.close();
    await writeFile(path.join(root, PUBLIC_KEY_PATH), signingKey.publicKeyPem);
    await writeFile(
      path.join(root, "VERIFY.md"),
      renderVerifyMd({ fingerprint: signingKey.fingerprint, asOf: scope.to }),
    );

    const contentFiles = await hashStagedFiles(root);
    const sums = renderSums(contentFiles);
    await writeFile(path.join(root, SUMS_PATH), sums);
    await writeFile(path.join(root, SUMS_SIGNATURE_PATH), signingKey.sign(sums));
    const files = await hashStagedFiles(root);
    const manifest = renderManifest({
      format: PACK_FORMAT,
      asOf: scope.to,
      scope,
      generator: { name: "lotse", version: lotseVersion, catalogVersion: catalog.version, oscalVersion: OSCAL_VERSION },
      signature: { algorithm: "Ed25519", publicKeyFingerprint: signingKey.fingerprint, publicKeyFile: PUBLIC_KEY_PATH },
      files,
    });
    const signature = signingKey.sign(manifest);
    const byPath = new Map(files.map((file) => [file.path, file]));
    const buffers = new Map([
      [MANIFEST_PATH, manifest],
      [SIGNATURE_PATH, signature],
    ]);
    const entries: PackEntry[] = packEntryOrder([...byPath.keys()]).map((entryPath) => {
      const buffer = buffers.get(entryPath);
      if (buffer) return { path: entryPath, size: buffer.length, open: () => Readable.from([buffer]) };
      return fileEntry({
        path: entryPath,
        file: path.join(root, ...entryPath.split("/")),
        size: byPath.get(entryPath)!.size,
      });
    });
    const partial = packPartialFile(outFile);
    await writePackZip({ entries, asOf: new Date(scope.to), output: createWriteStream(partial) });
    await rename(partial, outFile);
    return {
      manifestSha256: createHash("sha256").update(manifest).digest("hex"),
      sizeBytes: (await stat(outFile)).size,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
