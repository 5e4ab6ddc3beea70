import { readFile } from "node:fs/promises";
import { expect, type APIRequestContext } from "@playwright/test";
import type { SimulatedCluster } from "./simulated-cluster";

/**
 * Registers a simulated cluster through the API as the caller of `request` (an admin), the way a
 * script would; returns its id. Cookie-authenticated mutations need a same-origin `Origin`.
 */
export async function seedCluster({
  request,
  baseURL,
  sim,
  name,
}: {
  request: APIRequestContext;
  baseURL: string;
  sim: SimulatedCluster;
  name: string;
}): Promise<string> {
  const response = await request.post("/api/v1/clusters", {
    headers: { origin: baseURL },
    data: {
      name,
      environment: "edge",
      site: "South pier",
      kubeconfig: await readFile(sim.kubeconfigPath, "utf8"),
      kubeContext: sim.simName,
      talosconfig: await readFile(sim.talosconfigPath, "utf8"),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function deleteCluster({
  request,
  baseURL,
  id,
}: {
  request: APIRequestContext;
  baseURL: string;
  id: string;
}): Promise<void> {
  const response = await request.delete(`/api/v1/clusters/${id}`, { headers: { origin: baseURL } });
  expect(response.status()).toBe(204);
}
