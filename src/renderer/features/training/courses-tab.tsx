// The course catalogue: the defaults from DOMAIN.md to start with, then the trust's own.
import { useState } from 'react';
import { Link } from 'react-router';
import type { Course } from '../../../core/model';
import { audienceLabel } from '../../../core/training/audience';
import { validityLabel } from '../../../core/training/staff';
import { EmptyState, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { useTrainingRepos } from './use-training';
import { CourseEditor } from './course-editor';

export function CoursesTab({ courses: catalogue }: { courses: Course[] }) {
  const { training } = useTrainingRepos();
  const toasts = useToasts();
  const [editor, setEditor] = useState<{ editing: Course | null } | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const courses = catalogue.filter((c) => showArchived || !c.archived);
  const archivedCount = catalogue.filter((c) => c.archived).length;
  const setArchived = async (c: Course, archived: boolean) => {
    try {
      await training.setCourseArchived(c.id, archived);
      toasts.show({
        kind: 'success',
        message: archived
          ? `Archived ${c.name}: it no longer counts towards compliance`
          : `Restored ${c.name}`,
        action: archived ? { label: 'Undo', run: () => training.setCourseArchived(c.id, false) } : undefined,
      });
    } catch (error) {
      toasts.error(error, `${c.name} was not ${archived ? 'archived' : 'restored'}`);
    }
  };
  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditor({ editing: null })}>
          Add course
        </button>
        {archivedCount > 0 && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />
            Show archived ({archivedCount})
          </label>
        )}
      </div>
      {catalogue.length === 0 ? (
        <CoursesEmpty />
      ) : (
        <table className="table" aria-label="Courses">
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Valid for</th>
              <th scope="col">Who needs it</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {courses.map((c) => (
              <tr key={c.id} className={c.archived ? 'row-muted' : undefined}>
                <th scope="row">
                  {c.name}
                  {c.description && <div className="muted">{c.description}</div>}
                </th>
                <td>{validityLabel(c.validityMonths)}</td>
                <td>{audienceLabel(c.audience)}</td>
                <td>
                  {c.archived ? (
                    <StatusBadge tone="grey">Archived</StatusBadge>
                  ) : (
                    <StatusBadge tone="green">In use</StatusBadge>
                  )}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Edit ${c.name}`}
                    onClick={() => setEditor({ editing: c })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`${c.archived ? 'Restore' : 'Archive'} ${c.name}`}
                    onClick={() => void setArchived(c, !c.archived)}
                  >
                    {c.archived ? 'Restore' : 'Archive'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editor && (
        <CourseEditor
          key={editor.editing?.id ?? 'new'}
          editing={editor.editing}
          onClose={() => setEditor(null)}
        />
      )}
    </>
  );
}

/** Shown wherever compliance needs courses and there are none yet. */
export function CoursesEmpty() {
  const { training } = useTrainingRepos();
  const toasts = useToasts();
  const addDefaults = async () => {
    try {
      const n = await training.addDefaultCourses();
      toasts.show({ kind: 'success', message: `Added ${n} courses from the safeguarding guidance` });
    } catch (error) {
      toasts.error(error, 'The courses were not added');
    }
  };
  return (
    <EmptyState
      title="No courses yet"
      actions={
        <>
          <button type="button" className="button button-primary" onClick={() => void addDefaults()}>
            Add the default courses
          </button>
          <Link className="button" to="/training/courses">
            Go to courses
          </Link>
        </>
      }
    >
      <p>
        Start with the courses KCSIE expects (induction, the annual update, DSL training every two years,
        Prevent, governor training) and edit them to suit your trust.
      </p>
    </EmptyState>
  );
}
