import type { TalosMode } from "@/lib/client/clusters/cluster-form-values";

const OPTIONS: { value: TalosMode; label: string }[] = [
  { value: "keep", label: "Keep the current talosconfig" },
  { value: "replace", label: "Replace it" },
  { value: "remove", label: "Remove it (read Kubernetes only)" },
];

/** Edit only, when a talosconfig is registered: keep, replace or remove it. */
export function TalosModeField({ value, onChange }: { value: TalosMode; onChange: (mode: TalosMode) => void }) {
  return (
    <fieldset>
      <legend className="field-label" style={{ marginBottom: 8 }}>
        Talosconfig
      </legend>
      <div className="radio-row">
        {OPTIONS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="talos-mode"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
