import { tokenizeCommandLine } from "./tokenize-command-line";

export interface ParsedCommand {
  /** The first word when it is not a flag, e.g. `/usr/local/bin/kube-apiserver`. */
  binary: string | null;
  /** Flags without leading dashes; a repeated flag keeps every value in order; a bare flag is "true". */
  flags: Record<string, string | string[]>;
  positional: string[];
}

const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh"]);

/**
 * Parses a container's command line (command followed by args) into flags, as the Kubernetes
 * components' flag parser reads it: `--a=b`, `--a b` (the next word is the value unless it starts
 * with "-"), bare `--flag` booleans, single-dash `-v=2`, `--` ending the flags. A `sh -c "<script>"`
 * or a single word holding a whole command line is split shell-style first; values wrapped in
 * matching quotes lose them.
 */
export function parseCommandFlags({ argv }: { argv: string[] }): ParsedCommand {
  const words = expandShell(argv);
  const flags: Record<string, string | string[]> = {};
  const positional: string[] = [];
  const first = words[0];
  const binary = first !== undefined && !first.startsWith("-") ? first : null;
  const add = (name: string, value: string) => {
    const existing = flags[name];
    if (existing === undefined) flags[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else flags[name] = [existing, value];
  };
  for (let index = binary === null ? 0 : 1; index < words.length; index += 1) {
    const word = words[index] as string;
    if (word === "--") {
      positional.push(...words.slice(index + 1));
      break;
    }
    if (!word.startsWith("-") || word === "-") {
      positional.push(word);
      continue;
    }
    const body = word.replace(/^--?/, "");
    const equals = body.indexOf("=");
    if (equals > 0) {
      add(body.slice(0, equals), unquote(body.slice(equals + 1)));
      continue;
    }
    if (body === "") continue;
    const next = words[index + 1];
    if (next !== undefined && !next.startsWith("-")) {
      add(body, unquote(next));
      index += 1;
    } else add(body, "true");
  }
  return { binary, flags, positional };
}

function expandShell(argv: string[]): string[] {
  const [first, second, script] = argv;
  const name = first?.split("/").pop() ?? "";
  if (SHELLS.has(name) && second !== undefined && /^-[a-z]*c$/.test(second) && script !== undefined) {
    return tokenizeCommandLine({ text: script });
  }
  if (argv.length === 1 && first !== undefined && /\s/.test(first.trim())) return tokenizeCommandLine({ text: first });
  return argv;
}

function unquote(value: string): string {
  const quote = value[0];
  return value.length >= 2 && (quote === '"' || quote === "'") && value.endsWith(quote) ? value.slice(1, -1) : value;
}
