"use client";

import { useId } from "react";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import { ENVIRONMENTS, type ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import styles from "./frameworks.module.css";

/** Which clusters a fleet view covers: all, or one environment. */
export function EnvironmentFilter({
  environment,
  onChange,
}: {
  environment: ClusterEnvironment | null;
  onChange: (environment: ClusterEnvironment | null) => void;
}) {
  const id = useId();
  return (
    <div className={`field ${styles.envFilter}`}>
      <label className="field-label" htmlFor={id}>
        Environment
      </label>
      <select
        id={id}
        className="select"
        value={environment ?? ""}
        onChange={(event) => onChange((event.target.value || null) as ClusterEnvironment | null)}
      >
        <option value="">All environments</option>
        {ENVIRONMENTS.map((value) => (
          <option key={value} value={value}>
            {ENVIRONMENT_LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
