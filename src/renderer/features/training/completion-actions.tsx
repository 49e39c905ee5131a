// What a completion offers wherever it is listed (the Completions tab, a person's training record):
// attach or replace its certificate, and remove it with Undo. One implementation, so both lists say
// and do the same.
import { formatUkDate } from '../../../core/dates';
import type { Completion } from '../../../core/model';
import { useToasts } from '../../components/toasts';
import { pickEvidence } from './evidence';
import { useTrainingRepos } from './use-training';

/** How a completion is named in buttons and messages: "Amara Okoye, Prevent awareness on 3 Oct 2025". */
export function describeCompletion(
  c: Completion,
  personName: string,
  courseName: string | undefined,
): string {
  return `${personName}, ${courseName ?? 'course'} on ${formatUkDate(c.completedOn)}`;
}

export interface CompletionActions {
  attach: (c: Completion, label: string) => Promise<void>;
  remove: (c: Completion, label: string) => Promise<void>;
}

export function useCompletionActions(): CompletionActions {
  const { completions: repo } = useTrainingRepos();
  const toasts = useToasts();
  const attach = async (c: Completion, label: string) => {
    try {
      const file = await pickEvidence();
      if (!file) return;
      await repo.attachEvidence(c.id, file);
      toasts.show({ kind: 'success', message: `Attached ${file.name} to ${label}` });
    } catch (error) {
      toasts.error(error, 'The certificate was not attached');
    }
  };
  const remove = async (c: Completion, label: string) => {
    try {
      const saved = await repo.deleteCompletions([c.id]);
      toasts.show({
        kind: 'success',
        message: `Removed ${label}`,
        action: { label: 'Undo', run: () => repo.restoreCompletions(saved) },
      });
    } catch (error) {
      toasts.error(error, 'The completion was not removed');
    }
  };
  return { attach, remove };
}

/** Attach (or replace) the certificate, and Remove; `label` names the completion for screen readers. */
export function AttachAndRemoveButtons({
  completion,
  label,
  replaceText,
  actions,
}: {
  completion: Completion;
  label: string;
  /** The visible text of Attach once a certificate is there. */
  replaceText: string;
  actions: CompletionActions;
}) {
  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-label={`Attach certificate for ${label}`}
        onClick={() => void actions.attach(completion, label)}
      >
        {completion.evidenceFileId ? replaceText : 'Attach certificate'}
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={`Remove ${label}`}
        onClick={() => void actions.remove(completion, label)}
      >
        Remove
      </button>
    </>
  );
}
