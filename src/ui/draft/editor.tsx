/**
 * The draft editor: tone and language, subject and body, the question asked before the user's
 * edits are overwritten, and the live graciousness check. Actions (copy, insert, open) belong to
 * the page that hosts it.
 */
import { Component } from 'preact';
import type { Language } from '../../core/settings';
import { SelectField, TextField } from '../fields';
import { t } from '../i18n';
import { nextId } from '../id';
import { languageOptions, toneOptions } from '../labels';
import type { DraftSession } from './session';
import { WarningsList } from './warnings';

interface EditorProps {
  session: DraftSession;
}

/**
 * A class, not hooks, so that the panel on a job email loads no hooks code (src/ui/id.ts). It
 * renders again after every change of the session, and subscribes when it is created, before its
 * first render, so no change can fall between the two.
 */
export class DraftEditor extends Component<EditorProps> {
  private readonly id = nextId();
  private unsubscribe = this.follow(this.props.session);

  private follow(session: DraftSession): () => void {
    return session.subscribe(() => this.forceUpdate());
  }

  override componentDidUpdate(previous: EditorProps) {
    if (previous.session === this.props.session) return;
    this.unsubscribe();
    this.unsubscribe = this.follow(this.props.session);
  }

  override componentWillUnmount() {
    this.unsubscribe();
  }

  render({ session }: EditorProps) {
    const { id } = this;
    const request = session.request;
    const failed = session.failed;
    const languageName = (language: Language) => languageOptions().find((o) => o.value === language)?.label ?? language;
    return (
      <div class="g-stack" data-gracious="draft-editor" aria-busy={session.loading ? 'true' : 'false'}>
        <div class="g-row">
          <SelectField
            name="tone"
            label={t('ui_draft_tone')}
            value={request.tone}
            options={toneOptions()}
            onValue={(tone) => session.update({ tone })}
          />
          <SelectField
            name="language"
            label={t('ui_draft_language')}
            value={session.language}
            options={languageOptions()}
            onValue={(language) => session.update({ language })}
          />
        </div>
        {failed ? (
          <p class="g-status g-status--error" role="alert" data-gracious="language-failed">
            {t('ui_draft_language_failed', [languageName(failed), languageName(session.language)])}
          </p>
        ) : null}
        <div aria-live="polite">
          {session.stale ? (
            <div class="g-confirm" data-gracious="rewrite-question">
              <p>{t('ui_draft_rewrite_question')}</p>
              <div class="g-row">
                <button type="button" class="g-button g-button--primary" onClick={session.regenerate}>
                  {t('ui_draft_rewrite')}
                </button>
                <button type="button" class="g-button" onClick={session.keepEdits}>
                  {t('ui_draft_keep_edits')}
                </button>
              </div>
            </div>
          ) : null}
        </div>
        <TextField
          name="subject"
          label={t('ui_draft_subject')}
          value={session.subject}
          onValue={(subject) => session.edit({ subject })}
          maxLength={300}
        />
        <TextField
          name="body"
          label={t('ui_draft_body')}
          multiline
          grow
          rows={12}
          value={session.body}
          onValue={(body) => session.edit({ body })}
          hint={t('ui_draft_check_hint')}
          maxLength={20_000}
        />
        <section class="g-stack" aria-labelledby={`${id}-check`}>
          <h3 id={`${id}-check`}>{t('ui_check_heading')}</h3>
          <WarningsList warnings={session.warnings} />
        </section>
      </div>
    );
  }
}
