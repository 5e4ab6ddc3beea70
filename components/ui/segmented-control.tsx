"use client";

/**
 * A row of mutually exclusive toggle buttons (aria-pressed), e.g. "Frameworks | Seed checks".
 * `count` prints a number after a label (e.g. how many items the choice shows).
 */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: T; label: string; count?: number }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="segmented-option"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
          {option.count !== undefined ? <span className="segmented-count">{option.count}</span> : null}
        </button>
      ))}
    </div>
  );
}
