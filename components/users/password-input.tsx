"use client";

import { useState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { generatePassword } from "@/lib/client/users/generate-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/shared/user-view";

/** A new password with a length hint, a show/hide switch and a generator (shown in clear so it can be passed on). */
export function PasswordInput({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}) {
  const [isVisible, setIsVisible] = useState(false);
  const remaining = MIN_PASSWORD_LENGTH - value.length;
  return (
    <Field
      id={id}
      label={label}
      error={error}
      hint={
        remaining > 0
          ? `At least ${MIN_PASSWORD_LENGTH} characters (${remaining} more).`
          : `${value.length} characters. Pass it on privately; it is not shown again.`
      }
    >
      <div className="row" style={{ flexWrap: "nowrap", gap: 8 }}>
        <input
          id={id}
          className="input mono"
          type={isVisible ? "text" : "password"}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={1024}
          required
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, hasHint: true, error })}
        />
        <button type="button" className="btn" onClick={() => setIsVisible(!isVisible)} aria-pressed={isVisible}>
          {isVisible ? "Hide" : "Show"}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            onChange(generatePassword());
            setIsVisible(true);
          }}
        >
          Generate
        </button>
      </div>
    </Field>
  );
}
