import { getDb } from "@/lib/server/store/db";

/**
 * Ends a history replay that was recorded before a cluster's first evaluation (`joinAt`): a
 * replayed state that the first evaluation found unchanged becomes one state with it (the recorded
 * state starts when the replayed one did), so "failing since" reaches back into the history. The
 * other replayed states stay closed at `joinAt`. Returns how many states were joined.
 */
export async function joinReplayedStates({ clusterId, joinAt }: { clusterId: string; joinAt: Date }): Promise<number> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lotse:evaluate:${clusterId}`}))`;
    return tx.$executeRaw`
      WITH pairs AS (
        SELECT replayed.id AS replayed_id, recorded.id AS recorded_id, replayed.since, replayed."openedBy",
               replayed."snapshotHash", replayed."catalogVersion"
          FROM finding_states replayed
          JOIN finding_states recorded
            ON recorded."clusterId" = replayed."clusterId" AND recorded."checkId" = replayed."checkId"
           AND recorded."subjectKey" = replayed."subjectKey" AND recorded.since = ${joinAt}
           AND recorded."stateHash" = replayed."stateHash"
         WHERE replayed."clusterId" = ${clusterId} AND replayed.until = ${joinAt}
      ), removed AS (
        DELETE FROM finding_states WHERE id IN (SELECT replayed_id FROM pairs)
      )
      UPDATE finding_states state
         SET since = pairs.since, "openedBy" = pairs."openedBy", "snapshotHash" = pairs."snapshotHash",
             "catalogVersion" = pairs."catalogVersion"
        FROM pairs
       WHERE state.id = pairs.recorded_id`;
  });
}
