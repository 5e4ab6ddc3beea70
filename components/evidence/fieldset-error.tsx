import { Icon } from "@/components/ui/icon";

/** The error line of a fieldset (checkbox or radio group), pointed at by the fieldset's aria-describedby. */
export function FieldsetError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      <Icon name="error" size={14} />
      <span>{error}</span>
    </p>
  );
}
