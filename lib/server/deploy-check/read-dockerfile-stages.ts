/** One `FROM … [AS name]` stage of a Dockerfile and its instructions, continuation lines joined. */
export interface DockerfileStage {
  from: string;
  name: string | null;
  instructions: { keyword: string; value: string }[];
}

/**
 * The stages of a Dockerfile, enough to check its posture (users, base images, commands): comments
 * and blank lines dropped, `\` continuations joined, keywords upper-cased. Instructions before the
 * first FROM (ARG) are not part of any stage and are returned apart.
 */
export function readDockerfileStages({ text }: { text: string }): {
  globalArgs: string[];
  stages: DockerfileStage[];
} {
  const lines: string[] = [];
  let pending = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (pending === "" && (line === "" || line.startsWith("#"))) continue;
    if (line.startsWith("#")) continue;
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    lines.push(`${pending}${line}`.trim());
    pending = "";
  }
  if (pending !== "") lines.push(pending.trim());
  const globalArgs: string[] = [];
  const stages: DockerfileStage[] = [];
  for (const line of lines) {
    const [word = "", ...rest] = line.split(/\s+/);
    const keyword = word.toUpperCase();
    const value = rest.join(" ");
    if (keyword === "FROM") {
      const match = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(value);
      stages.push({ from: match?.[1] ?? value, name: match?.[2] ?? null, instructions: [] });
    } else if (stages.length === 0) {
      if (keyword === "ARG") globalArgs.push(value);
    } else {
      stages.at(-1)!.instructions.push({ keyword, value });
    }
  }
  return { globalArgs, stages };
}
