/**
 * Lotse's mark: a pilot's compass rose on a tile. The north needle is solid, the others recede, so
 * it still reads at 20px. Decorative: the word "Lotse" beside it names the product.
 */
export function LotseMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <g fill="var(--accent-contrast)">
        <circle
          cx="16"
          cy="16"
          r="11"
          fill="none"
          stroke="var(--accent-contrast)"
          strokeOpacity="0.4"
          strokeWidth="1.5"
        />
        <path d="M16 7.5 14 16h4z" fill="var(--accent-contrast)" strokeLinejoin="round" />
        <path d="M16 24.5 14 16h4z" fillOpacity="0.45" />
        <path d="M7.5 16 16 14.5v3zM24.5 16 16 14.5v3z" fillOpacity="0.45" />
        <circle cx="16" cy="16" r="1.6" fill="var(--accent)" />
      </g>
    </svg>
  );
}
