// Large, thumb-sized answers: chips for choices (real radios and checkboxes underneath, so keyboards
// and screen readers work as usual) and steppers for counts.
import { type ReactNode, useId } from 'react';
import { useIntl } from 'react-intl';
import { fieldId } from '../../components/field';
import { clampStep } from '../checkin-habits';

type Option<T extends string> = { value: T; label: ReactNode };

type ChipsProps<T extends string> = {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The API field this question answers: gives the group the id an error summary links to. */
  field?: string;
  options: readonly Option<T>[];
  className?: string;
};

function Group({
  legend,
  hint,
  error,
  field,
  className,
  children,
}: Omit<ChipsProps<string>, 'options'> & { children: ReactNode }) {
  const id = useId();
  return (
    <fieldset
      id={field ? fieldId(field) : undefined}
      tabIndex={field ? -1 : undefined}
      className={`field chip-group ${className ?? ''}`}
      aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="chips">{children}</div>
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Pick one (or, with `allowNone`, none: the empty value is its own chip). */
export function RadioChips<T extends string>({
  name,
  value,
  onChange,
  ...group
}: ChipsProps<T> & { name: string; value: T | null; onChange: (value: T) => void }) {
  return (
    <Group {...group}>
      {group.options.map((option) => (
        <label className="chip" key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </Group>
  );
}

/** Pick any number. */
export function CheckChips<T extends string>({
  name,
  values,
  onChange,
  ...group
}: ChipsProps<T> & { name: string; values: readonly T[]; onChange: (values: T[]) => void }) {
  return (
    <Group {...group}>
      {group.options.map((option) => (
        <label className="chip" key={option.value}>
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={values.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? group.options.map((o) => o.value).filter((v) => v === option.value || values.includes(v))
                  : values.filter((v) => v !== option.value),
              )
            }
          />
          <span>{option.label}</span>
        </label>
      ))}
    </Group>
  );
}

/** One yes/no answer as a single chip. */
export function ToggleChip({
  label,
  checked,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="chip">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

type StepperProps = {
  label: string;
  hint?: ReactNode;
  /** Shown inside the box, after the number; left out when the label names the unit. */
  unit?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  /** The step of the buttons; a fraction (half servings) lets a typed number keep its fraction too. */
  step?: number;
  /** What the two buttons say to a screen reader before the label. */
  lessLabel?: string;
  moreLabel?: string;
  error?: string | undefined;
  /** The API field this number answers: its input gets the id an error summary links to. */
  field?: string;
};

/** − [ n ] + with the number typeable too; empty means "not answered". */
export function Stepper({
  label,
  hint,
  unit,
  value,
  onChange,
  min,
  max,
  step = 1,
  lessLabel,
  moreLabel,
  error,
  field,
}: StepperProps) {
  const intl = useIntl();
  const buttonLabel = (action: string) =>
    intl.formatMessage({ id: 'diary.stepper.button' }, { action, label });
  const whole = Number.isInteger(step);
  const generated = useId();
  const id = field ? fieldId(field) : generated;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined;
  return (
    <div className="field stepper">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="stepper-row">
        <button
          type="button"
          className="button secondary step"
          aria-label={buttonLabel(lessLabel ?? intl.formatMessage({ id: 'diary.stepper.less' }))}
          aria-controls={id}
          disabled={value !== null && value <= min}
          onClick={() => onChange(clampStep(value, -step, min, max))}
        >
          −
        </button>
        <span className={unit ? 'stepper-value with-unit' : 'stepper-value'}>
          <input
            id={id}
            type="number"
            inputMode={whole ? 'numeric' : 'decimal'}
            min={min}
            max={max}
            step={whole ? 1 : step}
            value={value ?? ''}
            placeholder="–"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              const text = event.target.value;
              onChange(text === '' ? null : whole ? Math.round(Number(text)) : Number(text));
            }}
          />
          {unit && (
            <span className="unit" aria-hidden="true">
              {unit}
            </span>
          )}
        </span>
        <button
          type="button"
          className="button secondary step"
          aria-label={buttonLabel(moreLabel ?? intl.formatMessage({ id: 'diary.stepper.more' }))}
          aria-controls={id}
          disabled={value !== null && value >= max}
          onClick={() => onChange(clampStep(value, step, min, max))}
        >
          +
        </button>
      </div>
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
