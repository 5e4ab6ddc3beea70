import { test as base } from "@playwright/test";
import { startSimulatedCluster, type SimulatedCluster } from "./simulated-cluster";

/** `simulatedCluster`: one simulated Talos cluster for the test, stopped when the test ends. */
export const test = base.extend<{ simulatedCluster: SimulatedCluster }>({
  // `provide` is Playwright's `use`, renamed so the React hooks lint rule does not mistake it for a hook.
  simulatedCluster: async ({}, provide) => {
    const cluster = await startSimulatedCluster();
    try {
      await provide(cluster);
    } finally {
      await cluster.stop();
    }
  },
});

export { expect } from "@playwright/test";
