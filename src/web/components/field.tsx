// A labelled form field whose hint and error are tied to the input for screen readers.
import { type InputHTMLAttributes, type ReactNode, useCallback, useEffect, useRef } from 'react';
import { type IntlShape, useIntl } from 'react-intl';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
};

/** The id a field's input gets from its name, so an error summary can link to it. */
export function fieldId(name: string): string {
  return `field-${name.replaceAll('.', '-')}`;
}

export function Field({ label, hint, error, id, ...input }: FieldProps) {
  const inputId = id ?? fieldId(input.name ?? label.toLowerCase().replace(/\W+/g, '-'));
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {error && (
        <p className="error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The form's error summary: the server's message, then one link per field message that moves focus to
 * that field. `labels` names each field the API may report (a label, or a label and the input's id when
 * the input is not named after the API field).
 */
export function FormError({
  message,
  fields = {},
  labels = {},
}: {
  message: string | null;
  fields?: Record<string, string>;
  labels?: Record<string, string | readonly [label: string, inputId: string]>;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  const links = Object.entries(fields).map(([name, text]) => {
    const entry = labels[name];
    const [label, target] = typeof entry === 'string' || entry === undefined ? [entry, fieldId(name)] : entry;
    return { name, target, text: label ? labelledMessage(intl, label, text) : text };
  });
  return (
    <div className="form-error" role="alert" tabIndex={-1} ref={ref}>
      <p>{message}</p>
      {links.length > 0 && (
        <ul>
          {links.map((link) => (
            <li key={link.name}>
              <a
                href={`#${link.target}`}
                onClick={(event) => {
                  const input = document.getElementById(link.target);
                  if (!input) return;
                  event.preventDefault();
                  input.focus();
                  input.scrollIntoView({ block: 'center' });
                }}
              >
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A field's label and the API's message for it as one sentence in the page's language: "Password must be
 * at least 10 characters.", "Пароль: …", "密码：…。". The API's message may end in its own full stop.
 */
export function labelledMessage(intl: IntlShape, label: string, message: string): string {
  return intl.formatMessage(
    { id: 'account.field.message' },
    { label, message: message.replace(/[.。]\s*$/, '') },
  );
}

/** fieldMessage() in the page's language; pages that are translated use this one. */
export function useFieldMessage(): (
  fields: Record<string, string>,
  name: string,
  label: string,
) => string | undefined {
  const intl = useIntl();
  return useCallback(
    (fields, name, label) => {
      const message = fields[name];
      return message ? labelledMessage(intl, label, message) : undefined;
    },
    [intl],
  );
}

/**
 * Turns API field messages ("must be at least 10 characters") into sentences with the field's label, in
 * English word order; see useFieldMessage() for the page's language.
 */
export function fieldMessage(
  fields: Record<string, string>,
  name: string,
  label: string,
): string | undefined {
  const message = fields[name];
  return message ? `${label} ${message}.`.replace('..', '.') : undefined;
}
