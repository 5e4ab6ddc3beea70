import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { ENVIRONMENTS, type ClusterEnvironment } from "@/lib/shared/cluster-schemas";

export function parseEnvironment(value: string | null): ClusterEnvironment | null {
  return (ENVIRONMENTS as readonly string[]).includes(value ?? "") ? (value as ClusterEnvironment) : null;
}

/** The fleet views' environment filter (`?environment=edge`), kept in the URL with the other filters. */
export function useEnvironmentFilter(): [ClusterEnvironment | null, (environment: ClusterEnvironment | null) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const environment = parseEnvironment(params.get("environment"));
  const setEnvironment = useCallback(
    (next: ClusterEnvironment | null) => {
      const search = new URLSearchParams(params.toString());
      if (next) search.set("environment", next);
      else search.delete("environment");
      const text = search.toString();
      router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );
  return [environment, setEnvironment];
}
