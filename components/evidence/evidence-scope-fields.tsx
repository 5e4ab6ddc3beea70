"use client";

import { describedBy, Field } from "@/components/ui/field";
import {
  dayOffset,
  toggleChoice,
  type EvidenceScopeForm,
  type ScopeFormErrors,
  type ScopeMode,
} from "@/lib/client/evidence/evidence-scope-form";
import { ClusterChoice } from "./evidence-cluster-choice";
import { FieldsetError } from "./fieldset-error";
import styles from "./evidence.module.css";

export interface ScopeOptions {
  frameworks: { id: string; name: string; version: string }[];
  sites: string[];
  labels: string[];
  clusters: { id: string; name: string }[];
}

const MODES: { value: ScopeMode; label: string }[] = [
  { value: "fleet", label: "Whole fleet" },
  { value: "environment", label: "One environment" },
  { value: "site", label: "One site" },
  { value: "label", label: "Clusters with a label" },
  { value: "clusters", label: "Chosen clusters" },
];

/**
 * What a pack covers: frameworks, clusters and period. Presentational: the container keeps the form
 * in the URL and passes the adapter's messages as `errors`.
 */
export function EvidenceScopeFields({
  form,
  errors,
  options,
  now,
  onChange,
}: {
  form: EvidenceScopeForm;
  errors: ScopeFormErrors;
  options: ScopeOptions;
  now: number;
  onChange: (next: Partial<EvidenceScopeForm>) => void;
}) {
  const today = dayOffset(now, 0);

  return (
    <div className="stack" aria-label="Scope" role="group">
      <fieldset className={styles.fieldset} aria-describedby={errors.frameworks ? "scope-frameworks-error" : undefined}>
        <legend className={styles.legend}>Frameworks</legend>
        <div className={styles.choices}>
          {options.frameworks.map((framework) => (
            <label key={framework.id} className="choice">
              <input
                type="checkbox"
                name="frameworks"
                value={framework.id}
                checked={form.frameworks.includes(framework.id)}
                onChange={(event) =>
                  onChange({
                    frameworks: toggleChoice(
                      form.frameworks,
                      framework.id,
                      event.target.checked,
                      options.frameworks.map(({ id }) => id),
                    ),
                  })
                }
              />
              <span>
                {framework.name} <span className="muted">{framework.version}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldsetError id="scope-frameworks-error" error={errors.frameworks} />
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Clusters</legend>
        <div className="radio-row">
          {MODES.map((mode) => (
            <label key={mode.value} className="choice">
              <input
                type="radio"
                name="scope-mode"
                value={mode.value}
                checked={form.mode === mode.value}
                onChange={() => onChange({ mode: mode.value })}
              />
              {mode.label}
            </label>
          ))}
        </div>
        <ClusterChoice form={form} errors={errors} options={options} onChange={onChange} />
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Period</legend>
        <div className="radio-row">
          <label className="choice">
            <input
              type="radio"
              name="scope-period"
              value="now"
              checked={form.period === "now"}
              onChange={() => onChange({ period: "now" })}
            />
            Now (the latest state)
          </label>
          <label className="choice">
            <input
              type="radio"
              name="scope-period"
              value="range"
              checked={form.period === "range"}
              onChange={() => onChange({ period: "range" })}
            />
            A period (from – to)
          </label>
        </div>
        {form.period === "range" ? (
          <div className={styles.dates}>
            <Field id="scope-from" label="From" hint="Start of this day, UTC." error={errors.from}>
              <input
                id="scope-from"
                type="date"
                className="input"
                value={form.from}
                max={today}
                required
                onChange={(event) => onChange({ from: event.target.value })}
                aria-invalid={errors.from ? true : undefined}
                aria-describedby={describedBy({ id: "scope-from", hasHint: true, error: errors.from })}
              />
            </Field>
            <Field id="scope-to" label="To" hint="End of this day, UTC; today means now." error={errors.to}>
              <input
                id="scope-to"
                type="date"
                className="input"
                value={form.to}
                min={form.from || undefined}
                max={today}
                onChange={(event) => onChange({ to: event.target.value })}
                aria-invalid={errors.to ? true : undefined}
                aria-describedby={describedBy({ id: "scope-to", hasHint: true, error: errors.to })}
              />
            </Field>
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}
