import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";

// The database enum cannot hold a dash.
export type EnvironmentRow = "edge" | "on_prem" | "cloud";

export function toEnvironmentRow(environment: ClusterEnvironment): EnvironmentRow {
  return environment === "on-prem" ? "on_prem" : environment;
}

export function fromEnvironmentRow(environment: EnvironmentRow): ClusterEnvironment {
  return environment === "on_prem" ? "on-prem" : environment;
}

export interface ClusterRow {
  id: string;
  name: string;
  environment: EnvironmentRow;
  site: string | null;
  labels: unknown;
  schedule: string;
  kubeServer: string;
  kubeContext: string;
  kubeInfo: unknown;
  talosEndpoints: string[];
  talosContext: string | null;
  talosInfo: unknown;
  createdAt: Date;
  updatedAt: Date;
  lastSuccessAt: Date | null;
}
