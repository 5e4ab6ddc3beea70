/**
 * Calls `write` with the latest value at most once per `intervalMs` (progress updates), never two
 * writes at once, and `flush()` writes the last value and waits for it.
 */
export function throttleWrites<T>({
  intervalMs,
  write,
}: {
  intervalMs: number;
  write: (value: T) => Promise<unknown>;
}): { push: (value: T) => void; flush: () => Promise<void> } {
  let pending: { value: T } | null = null;
  let lastWriteAt = 0;
  let inFlight: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;

  const writeNow = () => {
    timer = null;
    if (!pending) return inFlight;
    const { value } = pending;
    pending = null;
    lastWriteAt = Date.now();
    inFlight = inFlight.then(() =>
      write(value).then(
        () => undefined,
        () => undefined,
      ),
    );
    return inFlight;
  };

  return {
    push(value) {
      pending = { value };
      if (timer) return;
      const wait = Math.max(0, lastWriteAt + intervalMs - Date.now());
      timer = setTimeout(() => void writeNow(), wait);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await writeNow();
    },
  };
}
