export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: string;
  /** The first option, which means "no filter". */
  anyLabel: string;
  value: string | undefined;
  options: readonly SelectOption[];
  /** The chosen value, or null for the "any" option. */
  onChange: (value: string | null) => void;
}

/** A labelled single-choice filter whose first option clears it. */
export function SelectField({ id, label, anyLabel, value, options, onChange }: SelectFieldProps) {
  return (
    <div className="directory-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
