import { describedBy, Field } from "@/components/ui/field";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import type { ClusterFieldErrors, ClusterFormValues } from "@/lib/client/clusters/cluster-form-values";
import { DEFAULT_SCHEDULE, ENVIRONMENTS, type ClusterEnvironment } from "@/lib/shared/cluster-schemas";

type Change = <K extends keyof ClusterFormValues>(key: K, value: ClusterFormValues[K]) => void;

/** Name, environment, site, labels and schedule. */
export function ClusterFields({
  values,
  errors,
  onChange,
}: {
  values: ClusterFormValues;
  errors: ClusterFieldErrors;
  onChange: Change;
}) {
  const aria = (id: string, field: keyof ClusterFieldErrors, hasHint: boolean) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy({ id, hasHint, error: errors[field] }),
  });
  return (
    <div className="form-grid">
      <Field
        id="cluster-name"
        label="Name"
        hint="Lowercase letters, digits and dashes, like a DNS label."
        error={errors.name}
      >
        <input
          id="cluster-name"
          className="input"
          value={values.name}
          onChange={(event) => onChange("name", event.target.value)}
          required
          maxLength={63}
          autoComplete="off"
          spellCheck={false}
          {...aria("cluster-name", "name", true)}
        />
      </Field>
      <Field id="cluster-environment" label="Environment" error={errors.environment}>
        <select
          id="cluster-environment"
          className="select"
          value={values.environment}
          onChange={(event) => onChange("environment", event.target.value as ClusterEnvironment)}
          {...aria("cluster-environment", "environment", false)}
        >
          {ENVIRONMENTS.map((environment) => (
            <option key={environment} value={environment}>
              {ENVIRONMENT_LABELS[environment]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="cluster-site"
        label="Site"
        isOptional
        hint="A data centre, region or edge location."
        error={errors.site}
      >
        <input
          id="cluster-site"
          className="input"
          value={values.site}
          onChange={(event) => onChange("site", event.target.value)}
          maxLength={100}
          autoComplete="off"
          {...aria("cluster-site", "site", true)}
        />
      </Field>
      <Field
        id="cluster-schedule"
        label="Collection schedule"
        hint={
          <>
            Cron in UTC: <code>{DEFAULT_SCHEDULE}</code> hourly (default), <code>*/15 * * * *</code> every 15 min,{" "}
            <code>0 2 * * *</code> daily at 02:00.
          </>
        }
        error={errors.schedule}
      >
        <input
          id="cluster-schedule"
          className="input mono"
          value={values.schedule}
          onChange={(event) => onChange("schedule", event.target.value)}
          required
          autoComplete="off"
          spellCheck={false}
          {...aria("cluster-schedule", "schedule", true)}
        />
      </Field>
      <div className="span-2">
        <Field
          id="cluster-labels"
          label="Labels"
          isOptional
          hint={
            <>
              One <code>key=value</code> per line, e.g. <code>team=payments</code>. Used to group and filter clusters.
            </>
          }
          error={errors.labels}
        >
          <textarea
            id="cluster-labels"
            className="textarea"
            rows={3}
            style={{ minHeight: 88 }}
            value={values.labels}
            onChange={(event) => onChange("labels", event.target.value)}
            spellCheck={false}
            {...aria("cluster-labels", "labels", true)}
          />
        </Field>
      </div>
    </div>
  );
}
