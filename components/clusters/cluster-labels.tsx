/** Labels as small monospace chips; "—" when there are none. */
export function ClusterLabels({ labels }: { labels: Record<string, string> }) {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <span>
      {entries.map(([key, value]) => (
        <span key={key} className="label-chip">
          {key}={value}
        </span>
      ))}
    </span>
  );
}
