import { describe, expect, it } from "vitest";
import { createRequestLimiter } from "./create-request-limiter";

describe("createRequestLimiter", () => {
  it("admits at most `limit` holders and hands slots over in order", async () => {
    const limiter = createRequestLimiter({ limit: 2 });
    const signal = new AbortController().signal;
    const first = await limiter.acquire(signal);
    const second = await limiter.acquire(signal);
    const order: string[] = [];
    const third = limiter.acquire(signal).then((release) => (order.push("third"), release));
    const fourth = limiter.acquire(signal).then((release) => (order.push("fourth"), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    first?.();
    first?.(); // releasing twice frees one slot only
    await third;
    expect(order).toEqual(["third"]);
    second?.();
    await fourth;
    expect(order).toEqual(["third", "fourth"]);
  });

  it("gives up waiting when the run is aborted", async () => {
    const limiter = createRequestLimiter({ limit: 1 });
    const controller = new AbortController();
    await limiter.acquire(controller.signal);
    const waiting = limiter.acquire(controller.signal);
    controller.abort();
    expect(await waiting).toBeNull();
    expect(await limiter.acquire(controller.signal)).toBeNull();
  });
});
