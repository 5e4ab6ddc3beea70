import pino from "pino";
import { logger } from "@/lib/server/log/logger";

/**
 * Captures every line the web-side pino logger writes (children share the parent's stream) and
 * raises its level to `debug`, so the test sees what a verbose production log would hold. The
 * lines are kept in memory instead of reaching stdout. `stop` restores the logger.
 */
export function captureLogLines(): { lines: string[]; stop: () => void } {
  const lines: string[] = [];
  const stream = (logger as unknown as Record<symbol, { write: (line: string) => unknown }>)[pino.symbols.streamSym];
  if (!stream) throw new Error("pino logger has no stream to capture");
  const originalWrite = stream.write;
  const originalLevel = logger.level;
  stream.write = (line: string) => {
    lines.push(line);
    return true;
  };
  logger.level = "debug";
  return {
    lines,
    stop: () => {
      stream.write = originalWrite;
      logger.level = originalLevel;
    },
  };
}
