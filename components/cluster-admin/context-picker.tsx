/** Which context of the file to use; shown as plain text when the file has only one. */
export function ContextPicker({
  id,
  kind,
  names,
  current,
  value,
  onChange,
}: {
  id: string;
  kind: "kubeconfig" | "talosconfig";
  names: string[];
  current: string | undefined;
  value: string;
  onChange: (context: string) => void;
}) {
  if (names.length === 1) {
    return (
      <p className="field-hint">
        Context: <span className="mono">{names[0]}</span> (the only one in the file)
      </p>
    );
  }
  const hasCurrent = current !== undefined && names.includes(current);
  const selected = value && names.includes(value) ? value : hasCurrent ? current : "";
  return (
    <div className="field" style={{ maxWidth: 420 }}>
      <label className="field-label" htmlFor={id}>
        {kind === "kubeconfig" ? "Kubernetes context" : "Talos context"}
      </label>
      <select id={id} className="select" value={selected} onChange={(event) => onChange(event.target.value)} required>
        {hasCurrent ? null : (
          <option value="" disabled>
            Choose one of {names.length} contexts…
          </option>
        )}
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
            {name === current ? " (current)" : ""}
          </option>
        ))}
      </select>
      <p className="field-hint">
        The file has {names.length} contexts; Lotse keeps only the chosen one and discards the rest.
      </p>
    </div>
  );
}
