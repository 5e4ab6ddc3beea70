"use client";

import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { describedBy, Field } from "@/components/ui/field";
import { formatBytes } from "@/lib/client/format/format-bytes";

/** Choose a scanner result file (and the node it ran on) and import it. Presentational. */
export function ImportUploadForm({
  maxBytes,
  isPending,
  error,
  onUpload,
}: {
  maxBytes: number;
  isPending: boolean;
  error: string | null;
  onUpload: (input: { file: File; node?: string }) => Promise<boolean>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [node, setNode] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const isDone = await onUpload({ file, node: node.trim() || undefined });
    if (isDone) {
      setFile(null);
      setNode("");
      if (fileInput.current) fileInput.current.value = "";
    }
  }

  return (
    <form
      className="stack-sm"
      style={{ gap: 12 }}
      onSubmit={(event) => void submit(event)}
      aria-label="Import scanner results"
    >
      <div className="form-grid">
        <Field
          id="import-file"
          label="Result file"
          hint={`kube-bench --json, Trivy compliance JSON or Kubescape JSON; at most ${formatBytes(maxBytes)}.`}
        >
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            className="input"
            accept=".json,application/json"
            required
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            aria-describedby={describedBy({ id: "import-file", hasHint: true })}
          />
        </Field>
        <Field id="import-node" label="Node" isOptional hint="The node the scan ran on (kube-bench runs per node).">
          <input
            id="import-node"
            className="input"
            value={node}
            maxLength={253}
            autoComplete="off"
            onChange={(event) => setNode(event.target.value)}
            aria-describedby={describedBy({ id: "import-node", hasHint: true })}
          />
        </Field>
      </div>
      {error ? (
        <Alert tone="danger" title="The file was not imported" isLive>
          {error}
        </Alert>
      ) : null}
      <div className="row">
        <button type="submit" className="btn btn-primary" aria-disabled={isPending || !file} disabled={isPending}>
          {isPending ? "Importing…" : "Import"}
        </button>
      </div>
    </form>
  );
}
