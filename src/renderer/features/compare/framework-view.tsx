// The trust framework for a policy type: its topics, the phrases that signal each, and the phases for
// which each is required. Saved through the configuration; after a change every policy of the type is
// checked against the new framework, so the matrix shows coverage of what the trust now asks for.
import { useState } from 'react';
import type { Topic, TopicFramework } from '../../../core/config';
import { PHASE_LABELS, PHASES, POLICY_TYPE_LABELS, type Phase } from '../../../core/vocabulary';
import type { PolicyVersionId } from '../../../core/ids';
import { ConfirmDialog, Dialog } from '../../components/dialog';
import { TextField } from '../../components/field';
import { EmptyState, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { useStore } from '../../app/db-context';
import type { CompareViewProps } from './compare-page';
import { settingPolicies } from './shared';

export function FrameworkView({ policyType, config, data }: CompareViewProps) {
  const store = useStore();
  const toasts = useToasts();
  const framework = config.frameworks.find((f) => f.policyType === policyType);
  const [editing, setEditing] = useState<{ topic: Topic | null } | null>(null);
  const [removing, setRemoving] = useState<Topic | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const typeLabel = POLICY_TYPE_LABELS[policyType].toLowerCase();

  /** Checks every policy of the type against `next`, a few at a time, and stores the new topic evidence. */
  const recheck = async (next: TopicFramework) => {
    const rows = settingPolicies(data).filter((r) => r.version);
    if (rows.length === 0) return;
    const { extractPolicy } = await import('../../../core/extraction/extract');
    const context = { frameworks: [next], guidance: config.guidance };
    for (let i = 0; i < rows.length; i += 25) {
      setProgress(`Checking policies against the framework… ${i} of ${rows.length}`);
      const chunk = rows
        .slice(i, i + 25)
        .map((r) => ({
          versionId: r.version!.id as PolicyVersionId,
          topics: extractPolicy(r.version!.document, context).topics,
        }));
      await store.compare.replaceTopics(chunk);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    setProgress(null);
  };

  const save = async (topics: Topic[], message: string) => {
    const previous = config.frameworks;
    const next: TopicFramework = { policyType, topics };
    const frameworks = framework
      ? config.frameworks.map((f) => (f.policyType === policyType ? next : f))
      : [...config.frameworks, next];
    try {
      await store.config.save('frameworks', frameworks);
      toasts.show({
        kind: 'success',
        message,
        action: {
          label: 'Undo',
          run: async () => {
            await store.config.save('frameworks', previous);
            const before = previous.find((f) => f.policyType === policyType);
            if (before) await recheck(before);
          },
        },
      });
      await recheck(next);
    } catch (e) {
      setProgress(null);
      toasts.error(e, 'The framework was not saved');
    }
  };

  if (!framework) {
    const template = config.frameworks.find((f) => f.policyType === 'social_media') ?? config.frameworks[0];
    return (
      <EmptyState
        title={`No framework for ${typeLabel} policies`}
        actions={
          <>
            {template && (
              <button
                type="button"
                className="button button-primary"
                onClick={() =>
                  void save(
                    template.topics.map((t) => ({ ...t })),
                    `Framework for ${typeLabel} policies created`,
                  )
                }
              >
                Start from the {POLICY_TYPE_LABELS[template.policyType].toLowerCase()} topics
              </button>
            )}
            <button
              type="button"
              className="button"
              onClick={() => void save([], `Framework for ${typeLabel} policies created`)}
            >
              Start an empty framework
            </button>
          </>
        }
      >
        <p>Each policy type can have its own framework: the topics its policies should cover.</p>
      </EmptyState>
    );
  }

  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing({ topic: null })}>
          Add topic
        </button>
        <span className="toolbar-count">
          {framework.topics.length} topics for {typeLabel} policies
        </span>
        {progress && (
          <span role="status" className="muted">
            {progress}
          </span>
        )}
      </div>
      <table className="table framework-table" aria-label={`Framework for ${typeLabel} policies`}>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Signal phrases</th>
            <th scope="col">Required for</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {framework.topics.map((t) => (
            <tr key={t.id}>
              <th scope="row">
                {t.label}
                {t.description && <div className="muted small">{t.description}</div>}
              </th>
              <td className="small">
                {t.phrases.length === 0 ? (
                  <span className="muted">None: nothing will find it</span>
                ) : t.phrases.length <= 8 ? (
                  t.phrases.join(', ')
                ) : (
                  <>
                    {t.phrases.slice(0, 8).join(', ')}{' '}
                    <span className="muted">and {t.phrases.length - 8} more</span>
                  </>
                )}
              </td>
              <td>
                {t.requiredForPhases.length === 0 ? (
                  <StatusBadge tone="grey">Optional</StatusBadge>
                ) : t.requiredForPhases.length === PHASES.length ? (
                  'Every phase'
                ) : (
                  t.requiredForPhases.map((p) => PHASE_LABELS[p]).join(', ')
                )}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Edit ${t.label}`}
                  onClick={() => setEditing({ topic: t })}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Remove ${t.label}`}
                  onClick={() => setRemoving(t)}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <TopicEditor
          key={editing.topic?.id ?? 'new'}
          topic={editing.topic}
          others={framework.topics}
          onClose={() => setEditing(null)}
          onSave={(topic) => {
            const topics = editing.topic
              ? framework.topics.map((t) => (t.id === editing.topic!.id ? topic : t))
              : [...framework.topics, topic];
            setEditing(null);
            void save(
              topics,
              editing.topic ? `Topic “${topic.label}” saved` : `Topic “${topic.label}” added`,
            );
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove “${removing?.label ?? ''}”?`}
        message="The topic leaves the framework and the coverage matrix; overrules of it are kept in case you add it back."
        confirmLabel="Remove topic"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const t = removing!;
          setRemoving(null);
          void save(
            framework.topics.filter((x) => x.id !== t.id),
            `Topic “${t.label}” removed`,
          );
        }}
      />
    </>
  );
}

function slug(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'topic'
  );
}

function TopicEditor({
  topic,
  others,
  onClose,
  onSave,
}: {
  topic: Topic | null;
  others: Topic[];
  onClose: () => void;
  onSave: (t: Topic) => void;
}) {
  const [label, setLabel] = useState(topic?.label ?? '');
  const [description, setDescription] = useState(topic?.description ?? '');
  const [phrases, setPhrases] = useState(topic?.phrases.join('\n') ?? '');
  const [phases, setPhases] = useState<Phase[]>(topic?.requiredForPhases ?? []);
  const [errors, setErrors] = useState<{ label?: string; phrases?: string }>({});
  const submit = () => {
    const e: typeof errors = {};
    const list = [
      ...new Set(
        phrases
          .split(/\n|,/)
          .map((p) => p.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    if (label.trim() === '') e.label = 'Enter the topic’s name';
    else if (others.some((o) => o !== topic && o.label.toLowerCase() === label.trim().toLowerCase()))
      e.label = 'The framework already has a topic of that name';
    if (list.length === 0) e.phrases = 'Enter at least one phrase that signals the topic in a policy';
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    let id = topic?.id ?? slug(label);
    if (!topic) for (let n = 2; others.some((o) => o.id === id); n += 1) id = `${slug(label)}_${n}`;
    onSave({
      id,
      label: label.trim(),
      description: description.trim(),
      phrases: list,
      requiredForPhases: PHASES.filter((p) => phases.includes(p)),
    });
  };
  return (
    <Dialog
      title={topic ? `Edit ${topic.label}` : 'Add topic'}
      open
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={submit}>
            {topic ? 'Save topic' : 'Add topic'}
          </button>
        </>
      }
    >
      <TextField
        label="Topic name"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        error={errors.label}
      />
      <TextField
        label="What a policy must say something about"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <div className={errors.phrases ? 'field field-invalid' : 'field'}>
        <label htmlFor="topic-phrases">Signal phrases</label>
        <textarea
          id="topic-phrases"
          rows={5}
          value={phrases}
          aria-invalid={errors.phrases ? true : undefined}
          aria-describedby="topic-phrases-hint"
          onChange={(e) => setPhrases(e.target.value)}
        />
        <span id="topic-phrases-hint" className="field-hint">
          One per line: words in a policy that show it covers the topic, for example “mobile phone”. End a
          word with * to match any ending (“moderat*”); start a phrase with ~ for a weak signal that needs a
          second passage (“~report”); # stands for any number (“act #”).
        </span>
        {errors.phrases && <span className="field-error">{errors.phrases}</span>}
      </div>
      <fieldset className="field">
        <legend>Required for</legend>
        <div className="checkbox-list">
          {PHASES.map((p) => (
            <label key={p} className="checkbox">
              <input
                type="checkbox"
                checked={phases.includes(p)}
                onChange={(e) => setPhases(e.target.checked ? [...phases, p] : phases.filter((x) => x !== p))}
              />
              {PHASE_LABELS[p]}
            </label>
          ))}
        </div>
      </fieldset>
    </Dialog>
  );
}
