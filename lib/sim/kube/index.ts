// The simulated Kubernetes API server of the fleet simulator: one per cluster.
export { startKubeApiServer } from "./start-kube-api-server";
export type {
  CreateKubeconfigOptions,
  KubeApiServer,
  KubeletConfigs,
  KubeRequestLogEntry,
  StartKubeApiServerOptions,
} from "./kube-api-server-types";
