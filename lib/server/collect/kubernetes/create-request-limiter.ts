/** A counting semaphore: at most `limit` holders at a time, waiters served in arrival order. */
export interface RequestLimiter {
  /** Resolves with a release function, or null when `signal` aborts first. */
  acquire: (signal: AbortSignal) => Promise<(() => void) | null>;
}

export function createRequestLimiter({ limit }: { limit: number }): RequestLimiter {
  let active = 0;
  const waiters: (() => void)[] = [];
  const release = () => {
    const next = waiters.shift();
    if (next) next();
    else active -= 1;
  };
  const once = () => {
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      release();
    };
  };
  return {
    acquire(signal) {
      if (signal.aborted) return Promise.resolve(null);
      if (active < limit) {
        active += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => {
        // The slot is handed over directly: `active` stays the same when a waiter takes it.
        const grant = () => {
          signal.removeEventListener("abort", onAbort);
          resolve(once());
        };
        const onAbort = () => {
          const index = waiters.indexOf(grant);
          if (index !== -1) waiters.splice(index, 1);
          resolve(null);
        };
        waiters.push(grant);
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}
