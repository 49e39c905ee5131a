// Training records (issue 6): who has done what, what has lapsed, what is about to. One page with a
// tab per task; the records are loaded once and shared by the tabs.
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader, Spinner } from '../../components/page';
import { useToday } from '../../app/today';
import { useCourses, useExpiringDays, useSettingsList } from './use-training';
import { ComplianceTab } from './compliance-tab';
import { MatrixTab } from './matrix-tab';
import { StaffTab } from './staff-tab';
import { CoursesTab } from './courses-tab';
import { CompletionsTab } from './completions-tab';
import './training.css';

const TABS = [
  { id: '', label: 'Compliance' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'staff', label: 'Staff' },
  { id: 'completions', label: 'Completions' },
  { id: 'courses', label: 'Courses' },
] as const;

export default function TrainingPage() {
  const { tab = '' } = useParams();
  const [search] = useSearchParams();
  const today = useToday();
  const courses = useCourses();
  const settings = useSettingsList();
  const expiringDays = useExpiringDays();
  const known = TABS.find((t) => t.id === tab);
  const query = search.toString() ? `?${search.toString()}` : '';
  return (
    <>
      <PageHeader
        title="Training"
        description="Who has done which safeguarding training, what has lapsed and what is about to."
      />
      <nav className="tabs" aria-label="Training sections">
        {TABS.map((t) => (
          <Link
            key={t.id}
            to={`/training${t.id ? `/${t.id}` : ''}${query}`}
            aria-current={t.id === tab ? 'page' : undefined}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {!known ? (
        <p>
          There is no such training page. <Link to="/training">Back to compliance</Link>
        </p>
      ) : !courses || !settings || expiringDays === undefined ? (
        <Spinner label="Loading training records…" />
      ) : tab === '' ? (
        <ComplianceTab courses={courses} settings={settings} today={today} expiringDays={expiringDays} />
      ) : tab === 'matrix' ? (
        <MatrixTab courses={courses} settings={settings} today={today} expiringDays={expiringDays} />
      ) : tab === 'staff' ? (
        <StaffTab courses={courses} settings={settings} today={today} expiringDays={expiringDays} />
      ) : tab === 'completions' ? (
        <CompletionsTab courses={courses} settings={settings} today={today} />
      ) : (
        <CoursesTab courses={courses} />
      )}
    </>
  );
}
