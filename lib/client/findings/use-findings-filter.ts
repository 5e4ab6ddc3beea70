import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseFindingsFilter, withFindingsFilter, type FindingsFilter } from "./findings-filter";

/** The findings filters kept in the page URL, so a filtered list can be linked and reloaded. */
export function useFindingsFilter(): [FindingsFilter, (filter: FindingsFilter) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filter = useMemo(() => parseFindingsFilter(params), [params]);
  const setFilter = useCallback(
    (next: FindingsFilter) => {
      const search = withFindingsFilter(new URLSearchParams(params.toString()), next).toString();
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );
  return [filter, setFilter];
}
