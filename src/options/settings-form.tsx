/** The settings form: every setting of design.md, saved together, with errors beside their fields. */
import { useSignal } from '@preact/signals';
import { type Settings, TIMED_SITUATIONS, type TimedSituation } from '../core/settings';
import { askWorker } from '../platform/browser';
import { focusFirstInvalid, SelectField, TextField } from '../ui/fields';
import { t } from '../ui/i18n';
import { languageOptions, toneOptions } from '../ui/labels';
import { type FieldPath, KEEP_IN_TOUCH_CHOICES, readForm, type SettingsForm, toForm } from './form';
import { useId } from './use-id';

const DUE_LABELS: Record<TimedSituation, string> = {
  'decline-offer': 'options_due_decline_offer',
  'accept-offer': 'options_due_accept_offer',
  'undecided-offer': 'options_due_undecided_offer',
  'after-rejection': 'options_due_after_rejection',
  'after-interview': 'options_due_after_interview',
  withdraw: 'options_due_withdraw',
};

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function SettingsFormView(props: { initial: Settings }) {
  const form = useSignal<SettingsForm>(toForm(props.initial));
  const errors = useSignal<Record<FieldPath, string>>({});
  const status = useSignal<Status>(null);
  const autoId = useId();

  const edit = (change: Partial<SettingsForm>, ...paths: FieldPath[]) => {
    form.value = { ...form.value, ...change };
    status.value = null;
    if (paths.some((path) => errors.value[path])) {
      const remaining = { ...errors.value };
      for (const path of paths) delete remaining[path];
      errors.value = remaining;
    }
  };
  const error = (path: FieldPath) => (errors.value[path] ? t(errors.value[path]) : null);
  const values = form.value;

  const save = async (target: HTMLFormElement) => {
    const result = readForm(form.value);
    if (!result.ok) {
      errors.value = result.errors;
      status.value = { kind: 'error', text: t('options_fix_fields') };
      focusFirstInvalid(target);
      return;
    }
    errors.value = {};
    const reply = await askWorker('settings/save', result.settings);
    if (reply.ok) {
      form.value = toForm(reply.value);
      status.value = { kind: 'ok', text: t('options_saved') };
    } else {
      status.value = { kind: 'error', text: t('options_save_failed', reply.error) };
    }
  };

  return (
    <form
      class="g-stack"
      noValidate
      data-gracious="settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save(event.currentTarget as HTMLFormElement);
      }}
    >
      <fieldset class="g-fieldset">
        <legend>{t('options_about_you')}</legend>
        <TextField
          name="userName"
          label={t('options_user_name')}
          hint={t('options_user_name_hint')}
          value={values.userName}
          onValue={(userName) => edit({ userName }, 'userName')}
          error={error('userName')}
          maxLength={120}
          autocomplete="name"
        />
        <TextField
          name="signature"
          label={t('options_signature')}
          hint={t('options_signature_hint')}
          optional
          multiline
          rows={3}
          value={values.signature}
          onValue={(signature) => edit({ signature }, 'signature')}
          error={error('signature')}
          maxLength={1000}
        />
      </fieldset>

      <fieldset class="g-fieldset">
        <legend>{t('options_drafts')}</legend>
        <div class="g-row">
          <SelectField
            name="defaultTone"
            label={t('options_default_tone')}
            value={values.defaultTone}
            options={toneOptions()}
            onValue={(defaultTone) => edit({ defaultTone })}
          />
          <SelectField
            name="defaultLanguage"
            label={t('options_default_language')}
            value={values.defaultLanguage}
            options={languageOptions()}
            onValue={(defaultLanguage) => edit({ defaultLanguage })}
          />
        </div>
      </fieldset>

      <fieldset class="g-fieldset">
        <legend>{t('options_timing')}</legend>
        <p class="g-hint">{t('options_timing_intro')}</p>
        <div class="options-grid">
          {TIMED_SITUATIONS.map((situation) => {
            const path = `dueAfterHours.${situation}`;
            return (
              <TextField
                key={situation}
                name={path}
                type="number"
                min={0}
                max={720}
                label={t(DUE_LABELS[situation])}
                hint={situation === 'after-interview' ? t('options_after_interview_hint') : undefined}
                value={values.dueAfterHours[situation]}
                onValue={(hours) => edit({ dueAfterHours: { ...values.dueAfterHours, [situation]: hours } }, path)}
                error={error(path)}
              />
            );
          })}
        </div>
      </fieldset>

      <fieldset class="g-fieldset">
        <legend>{t('options_reminders')}</legend>
        <fieldset class="g-fieldset options-inner">
          <legend>{t('options_create_reminders')}</legend>
          <div class="g-check">
            <input
              type="radio"
              id={`${autoId}-auto`}
              name="autoReminders"
              value="auto"
              checked={values.autoReminders}
              onChange={() => edit({ autoReminders: true })}
            />
            <label for={`${autoId}-auto`}>{t('options_reminders_auto')}</label>
          </div>
          <div class="g-check">
            <input
              type="radio"
              id={`${autoId}-confirm`}
              name="autoReminders"
              value="confirm"
              checked={!values.autoReminders}
              onChange={() => edit({ autoReminders: false })}
            />
            <label for={`${autoId}-confirm`}>{t('options_reminders_confirm')}</label>
          </div>
        </fieldset>
        <Checkbox
          name="quietHours.enabled"
          label={t('options_quiet_enabled')}
          checked={values.quietEnabled}
          onValue={(quietEnabled) => edit({ quietEnabled })}
        />
        <div class="g-row">
          <TextField
            name="quietHours.start"
            type="time"
            label={t('options_quiet_start')}
            value={values.quietStart}
            onValue={(quietStart) => edit({ quietStart }, 'quietHours.start')}
            error={error('quietHours.start')}
          />
          <TextField
            name="quietHours.end"
            type="time"
            label={t('options_quiet_end')}
            value={values.quietEnd}
            onValue={(quietEnd) => edit({ quietEnd }, 'quietHours.end')}
            error={error('quietHours.end')}
          />
        </div>
        <div class="g-row">
          <TextField
            name="snoozeLimit"
            type="number"
            min={0}
            max={10}
            label={t('options_snooze_limit')}
            hint={t('options_snooze_limit_hint')}
            value={values.snoozeLimit}
            onValue={(snoozeLimit) => edit({ snoozeLimit }, 'snoozeLimit')}
            error={error('snoozeLimit')}
          />
          <SelectField
            name="keepInTouchMonths"
            label={t('options_keep_in_touch')}
            hint={t('options_keep_in_touch_hint')}
            value={values.keepInTouchMonths}
            options={KEEP_IN_TOUCH_CHOICES.map((months) => ({
              value: String(months),
              label: months === 0 ? t('options_keep_in_touch_never') : t('options_months', String(months)),
            }))}
            onValue={(keepInTouchMonths) => edit({ keepInTouchMonths }, 'keepInTouchMonths')}
            error={error('keepInTouchMonths')}
          />
        </div>
      </fieldset>

      <fieldset class="g-fieldset">
        <legend>{t('options_sites')}</legend>
        <p class="g-hint">{t('options_sites_hint')}</p>
        <Checkbox
          name="sites.gmail"
          label={t('options_site_gmail')}
          checked={values.gmail}
          onValue={(gmail) => edit({ gmail })}
        />
        <Checkbox
          name="sites.outlook"
          label={t('options_site_outlook')}
          checked={values.outlook}
          onValue={(outlook) => edit({ outlook })}
        />
      </fieldset>

      <div class="g-row">
        <button type="submit" class="g-button g-button--primary">
          {t('options_save')}
        </button>
        <p
          class={`g-status${status.value ? ` g-status--${status.value.kind}` : ''}`}
          role="status"
          data-gracious="settings-status"
        >
          {status.value?.text ?? ''}
        </p>
      </div>
    </form>
  );
}

/** A labelled checkbox (only this form has any, so it stays out of the shared form chunk). */
function Checkbox(props: { label: string; name: string; checked: boolean; onValue(checked: boolean): void }) {
  const id = useId();
  return (
    <div class="g-check">
      <input
        type="checkbox"
        id={id}
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onValue((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{props.label}</label>
    </div>
  );
}
