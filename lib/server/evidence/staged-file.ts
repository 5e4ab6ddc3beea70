import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";

/** A file written piece by piece, honouring back-pressure, so a large pack never sits in memory. */
export class StagedFile {
  private readonly stream: WriteStream;

  constructor(file: string) {
    this.stream = createWriteStream(file, { flags: "wx" });
  }

  static async create(root: string, relativePath: string): Promise<StagedFile> {
    const file = path.join(root, ...relativePath.split("/"));
    await mkdir(path.dirname(file), { recursive: true });
    return new StagedFile(file);
  }

  async write(text: string | Buffer): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}

/** A JSON array written one element at a time (each element on its own lines, 2-space indented). */
export class StagedJsonArray {
  private count = 0;

  constructor(private readonly file: StagedFile) {}

  static async create(root: string, relativePath: string): Promise<StagedJsonArray> {
    const file = await StagedFile.create(root, relativePath);
    await file.write("[");
    return new StagedJsonArray(file);
  }

  async push(value: unknown): Promise<void> {
    const text = JSON.stringify(value, null, 2).replaceAll("\n", "\n  ");
    await this.file.write(`${this.count === 0 ? "\n  " : ",\n  "}${text}`);
    this.count++;
  }

  async close(): Promise<void> {
    await this.file.write(this.count === 0 ? "]\n" : "\n]\n");
    await this.file.close();
  }
}
