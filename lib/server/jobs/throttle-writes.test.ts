import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttleWrites } from "./throttle-writes";

describe("throttleWrites", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("writes the latest value at most once per interval and flushes the last one", async () => {
    const written: number[] = [];
    const throttle = throttleWrites<number>({ intervalMs: 500, write: async (value) => void written.push(value) });
    throttle.push(1);
    await vi.advanceTimersByTimeAsync(0);
    throttle.push(2);
    throttle.push(3);
    await vi.advanceTimersByTimeAsync(100);
    expect(written).toEqual([1]);
    await vi.advanceTimersByTimeAsync(500);
    expect(written).toEqual([1, 3]);
    throttle.push(4);
    await throttle.flush();
    expect(written).toEqual([1, 3, 4]);
  });

  it("keeps going when a write fails", async () => {
    const written: number[] = [];
    const throttle = throttleWrites<number>({
      intervalMs: 10,
      write: async (value) => {
        if (value === 1) throw new Error("database hiccup");
        written.push(value);
      },
    });
    throttle.push(1);
    await throttle.flush();
    throttle.push(2);
    await throttle.flush();
    expect(written).toEqual([2]);
  });
});
