import type { IgnoredParam } from '../../domain/query/index.ts';
import './IgnoredParamsNotice.css';
import { useT } from '../i18n/index.ts';

const maxListed = 8;
const maxValueLength = 60;

function shorten(value: string): string {
  return value.length > maxValueLength ? `${value.slice(0, maxValueLength - 1)}…` : value;
}

export interface IgnoredParamsNoticeProps {
  ignored: readonly IgnoredParam[];
  /** Rewrite the URL without the ignored parts; the button shows only when given. */
  onTidy?: () => void;
}

/** Says which parts of the link were not understood, instead of failing or silently dropping them. */
export function IgnoredParamsNotice({ ignored, onTidy }: IgnoredParamsNoticeProps) {
  const t = useT();
  if (ignored.length === 0) return null;
  const listed = ignored.slice(0, maxListed);
  return (
    <div className="ignored-notice" role="status">
      <p className="ignored-notice__lead">
        {t('{count, plural, one {One part of this link was not understood and is ignored:} other {# parts of this link were not understood and are ignored:}}', {
          count: ignored.length,
        })}
      </p>
      <ul className="ignored-notice__list">
        {listed.map((item, i) => (
          <li key={`${item.param}-${i}`}>
            <code>{shorten(`${item.param}=${item.value}`)}</code> — {t(item.reason, item.reasonValues)}
          </li>
        ))}
        {ignored.length > listed.length && <li>{t('and {count} more', { count: ignored.length - listed.length })}</li>}
      </ul>
      {onTidy && (
        <button type="button" className="button" onClick={onTidy}>
          {t('Remove them from the link')}
        </button>
      )}
    </div>
  );
}
