import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseControlFilter, withControlFilter, type ControlFilter } from "./control-filter";

/** A framework view's control filters kept in the page URL (deep links, reloads). */
export function useControlFilter(): [ControlFilter, (filter: ControlFilter) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filter = useMemo(() => parseControlFilter(params), [params]);
  const setFilter = useCallback(
    (next: ControlFilter) => {
      const search = withControlFilter(new URLSearchParams(params.toString()), next).toString();
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );
  return [filter, setFilter];
}
