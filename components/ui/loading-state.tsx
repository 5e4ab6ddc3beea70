/** A quiet placeholder while data loads; the text is for screen readers, the bars for everyone else. */
export function LoadingState({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="loading-state">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <span key={index} className="skeleton" style={{ width: `${88 - index * 14}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}
