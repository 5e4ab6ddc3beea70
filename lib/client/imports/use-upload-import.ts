import { useMutation, useQueryClient } from "@tanstack/react-query";
import { findingKeys } from "@/lib/client/findings/finding-keys";
import { frameworkKeys } from "@/lib/client/frameworks/framework-keys";
import { uploadScannerImport } from "./fetch-imports";
import { importKeys } from "./import-keys";

/** Uploads a scanner file; the import list, the cluster's findings and its framework views re-read. */
export function useUploadImport(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, node }: { file: File; node?: string }) => uploadScannerImport({ clusterId, file, node }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: importKeys.cluster(clusterId), exact: true }),
        queryClient.invalidateQueries({ queryKey: findingKeys.cluster(clusterId) }),
        // Every framework of this cluster (the key's prefix before the framework id).
        queryClient.invalidateQueries({ queryKey: frameworkKeys.cluster(clusterId, "").slice(0, -1) }),
      ]);
    },
  });
}
