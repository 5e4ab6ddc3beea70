import { ROLE_DESCRIPTIONS, ROLES, type Role } from "@/lib/shared/roles";

/** A role <select> whose options say what each role may do. */
export function RoleSelect({
  id,
  value,
  onChange,
  ariaLabel,
  describedBy,
  isDisabled = false,
}: {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
  ariaLabel?: string;
  describedBy?: string;
  isDisabled?: boolean;
}) {
  return (
    <select
      id={id}
      className="select"
      value={value}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      disabled={isDisabled}
      onChange={(event) => onChange(event.target.value as Role)}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {role}
        </option>
      ))}
    </select>
  );
}

export function roleHint(role: Role): string {
  return `${role}: ${ROLE_DESCRIPTIONS[role]}.`;
}
