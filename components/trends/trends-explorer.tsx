"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useClusters } from "@/lib/client/clusters/use-clusters";
import {
  readTrendsSettings,
  toTrendsQuery,
  writeTrendsSettings,
  type TrendsSettings,
} from "@/lib/client/trends/trends-settings";
import { useTrends } from "@/lib/client/trends/use-trends";
import { TrendsBody } from "./trends-body";
import { TrendsToolbar } from "./trends-toolbar";

/** The trends page: framework, scope and range in the URL; chart, figures and table below. */
export function TrendsExplorer() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const settings = readTrendsSettings(new URLSearchParams(params));
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const trends = useTrends(toTrendsQuery(settings, today));
  const clusters = useClusters();

  function change(next: Partial<TrendsSettings>) {
    const query = writeTrendsSettings({ ...settings, ...next });
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  return (
    <div className="stack">
      <TrendsToolbar
        settings={settings}
        frameworks={trends.data?.frameworks ?? [{ id: settings.framework, name: settings.framework }]}
        clusters={(clusters.data ?? []).map(({ id, name }) => ({ id, name }))}
        onChange={change}
      />
      <section className="card card-body stack" aria-label="Trend">
        <TrendsBody
          view={trends.data}
          isPending={trends.isPending}
          error={trends.error}
          onRetry={() => void trends.refetch()}
          frameworkId={settings.framework}
        />
      </section>
    </div>
  );
}
