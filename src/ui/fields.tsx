/**
 * Labelled form controls with their hint and error tied to the control (aria-describedby), so
 * screen readers announce both and an error sits next to the field it is about.
 */
import { Component, type ComponentChildren } from 'preact';
import { t } from './i18n';
import { nextId } from './id';

interface FieldFrame {
  label: string;
  hint?: string;
  /** Already-translated error text; shown under the field and marks it invalid. */
  error?: string | null;
  optional?: boolean;
  /** Stable name for tests and autofill; also the control's `name`. */
  name: string;
}

function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Frame(props: FieldFrame & { id: string; children: ComponentChildren }) {
  return (
    <div class="g-field">
      <label class="g-label" for={props.id}>
        {props.label}
        {props.optional ? <span class="g-optional"> {t('ui_optional')}</span> : null}
      </label>
      {props.children}
      {props.hint ? (
        <p class="g-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="g-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export interface TextFieldProps extends FieldFrame {
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'email' | 'number' | 'time' | 'date';
  multiline?: boolean;
  rows?: number;
  /** A multiline field that grows with its text, so a whole note shows without inner scrolling. */
  grow?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  autocomplete?: string;
  required?: boolean;
}

// Classes rather than functions with hooks: the id is made once, when the field is created, and the
// panel on a job email loads no hooks code (src/ui/id.ts).
export class TextField extends Component<TextFieldProps> {
  private readonly id = nextId();

  render(props: TextFieldProps) {
    const { id } = this;
    const common = {
      id,
      name: props.name,
      value: props.value,
      'aria-invalid': props.error ? ('true' as const) : undefined,
      'aria-describedby': describedBy(id, props.hint, props.error),
      'aria-required': props.required ? ('true' as const) : undefined,
      maxLength: props.maxLength,
      onInput: (event: Event) => props.onValue((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    };
    return (
      <Frame {...props} id={id}>
        {props.multiline ? (
          <textarea
            class={props.grow ? 'g-textarea g-textarea--grow' : 'g-textarea'}
            rows={props.rows ?? 4}
            {...common}
          />
        ) : (
          <input
            class="g-input"
            // Preact types each input type with its own attributes; these fields share one set.
            type={(props.type ?? 'text') as 'text'}
            min={props.min}
            max={props.max}
            autocomplete={props.autocomplete ?? 'off'}
            {...common}
          />
        )}
      </Frame>
    );
  }
}

export interface SelectFieldProps<V extends string> extends FieldFrame {
  value: V;
  options: readonly { value: V; label: string }[];
  onValue(value: V): void;
}

export class SelectField<V extends string> extends Component<SelectFieldProps<V>> {
  private readonly id = nextId();

  render(props: SelectFieldProps<V>) {
    const { id } = this;
    return (
      <Frame {...props} id={id}>
        <select
          class="g-select"
          id={id}
          name={props.name}
          value={props.value}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(id, props.hint, props.error)}
          onChange={(event) => props.onValue((event.currentTarget as HTMLSelectElement).value as V)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Frame>
    );
  }
}

/** Takes keyboard users to the first field marked invalid, once the errors just set have rendered. */
export function focusFirstInvalid(root: HTMLElement): void {
  setTimeout(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
