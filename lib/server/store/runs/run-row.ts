import type { CollectionRun, RunStatus, RunTrigger } from "@/lib/server/store/generated/client";

export type RunRow = CollectionRun;
export type { RunStatus, RunTrigger };

export const ACTIVE_RUN_STATUSES: readonly RunStatus[] = ["queued", "running"];
