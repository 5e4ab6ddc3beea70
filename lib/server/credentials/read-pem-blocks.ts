export interface PemBlock {
  /** e.g. `CERTIFICATE`, `ED25519 PRIVATE KEY`. */
  label: string;
  /** The whole block, BEGIN and END lines included, ending in a newline. */
  pem: string;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;

/** Every PEM block in `text`, in order. Text between blocks is ignored, as Go's pem.Decode does. */
export function readPemBlocks({ text }: { text: string }): PemBlock[] {
  return [...text.matchAll(PEM_BLOCK)].map((match) => ({
    label: match[1] ?? "",
    pem: `-----BEGIN ${match[1]}-----\n${(match[2] ?? "").replace(/\r\n/g, "\n").trimEnd()}\n-----END ${match[1]}-----\n`,
  }));
}
