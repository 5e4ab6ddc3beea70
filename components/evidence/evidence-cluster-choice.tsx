import { describedBy, Field } from "@/components/ui/field";
import { toggleChoice, type EvidenceScopeForm, type ScopeFormErrors } from "@/lib/client/evidence/evidence-scope-form";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import { ENVIRONMENTS } from "@/lib/shared/cluster-schemas";
import type { ScopeOptions } from "./evidence-scope-fields";
import { FieldsetError } from "./fieldset-error";
import styles from "./evidence.module.css";

/** The value for the chosen way of selecting clusters: an environment, site or label, or a list of clusters. */
export function ClusterChoice({
  form,
  errors,
  options,
  onChange,
}: {
  form: EvidenceScopeForm;
  errors: ScopeFormErrors;
  options: ScopeOptions;
  onChange: (next: Partial<EvidenceScopeForm>) => void;
}) {
  switch (form.mode) {
    case "fleet":
      return <p className="field-hint">Every registered cluster.</p>;
    case "environment":
      return (
        <SelectField
          id="scope-environment"
          label="Environment"
          value={form.environment}
          error={errors.environment}
          options={ENVIRONMENTS.map((value) => ({ value, label: ENVIRONMENT_LABELS[value] }))}
          onChange={(environment) => onChange({ environment })}
        />
      );
    case "site":
      return (
        <SelectField
          id="scope-site"
          label="Site"
          value={form.site}
          error={errors.site}
          options={options.sites.map((value) => ({ value, label: value }))}
          onChange={(site) => onChange({ site })}
        />
      );
    case "label":
      return (
        <SelectField
          id="scope-label"
          label="Label"
          value={form.label}
          error={errors.label}
          options={options.labels.map((value) => ({ value, label: value }))}
          onChange={(label) => onChange({ label })}
        />
      );
    case "clusters":
      return (
        <div className={styles.subfield}>
          <fieldset
            className={styles.fieldset}
            aria-describedby={errors.clusterIds ? "scope-clusters-error" : "scope-clusters-count"}
          >
            <legend className="visually-hidden">Chosen clusters</legend>
            <div className={styles.clusterList}>
              {options.clusters.length === 0 ? <p className="muted">No clusters are registered.</p> : null}
              {options.clusters.map((cluster) => (
                <div key={cluster.id}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      name="clusters"
                      value={cluster.id}
                      checked={form.clusterIds.includes(cluster.id)}
                      onChange={(event) =>
                        onChange({
                          clusterIds: toggleChoice(
                            form.clusterIds,
                            cluster.id,
                            event.target.checked,
                            options.clusters.map(({ id }) => id),
                          ),
                        })
                      }
                    />
                    {cluster.name}
                  </label>
                </div>
              ))}
            </div>
            <p id="scope-clusters-count" className="field-hint">
              {form.clusterIds.length} of {options.clusters.length} chosen
            </p>
            <FieldsetError id="scope-clusters-error" error={errors.clusterIds} />
          </fieldset>
        </div>
      );
  }
}

function SelectField({
  id,
  label,
  value,
  error,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className={styles.subfield}>
      <Field id={id} label={label} error={error}>
        <select
          id={id}
          className="select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, hasHint: false, error })}
        >
          <option value="">Choose…</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
