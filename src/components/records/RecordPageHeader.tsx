import type { ReactNode } from 'react';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import { CopyLinkButton } from '../export/index.ts';
import { NativeNames } from '../facts/index.ts';
import { RecordBadges } from '../facts/index.ts';
import './RecordPage.css';
import { Localised, type LocalisedText } from '../i18n/index.ts';

export interface RecordPageHeaderProps {
  eyebrow: string;
  /** The title in the interface language (our marked translation in Chinese). */
  title: LocalisedText;
  names: Record<string, string>;
  record: TimelineRecord | undefined;
  /** What the record's status means, when a reader could take it for more than it is. */
  statusNote?: ReactNode;
  statusTone?: 'planned' | 'strong' | 'weak';
}

/** Type and kind, title, names in the sources' languages, badges and a copy-link button. */
export function RecordPageHeader({ eyebrow, title, names, record, statusNote, statusTone }: RecordPageHeaderProps) {
  return (
    <header className="page-header record-header">
      <p className="page-header__eyebrow">{eyebrow}</p>
      <h1>
        <Localised value={title} />
      </h1>
      <NativeNames names={names} title={title.text} />
      <div className="record-header__bar">
        {record && <RecordBadges record={record} />}
        <CopyLinkButton />
      </div>
      {statusNote && <p className={`status-note${statusTone ? ` status-note--${statusTone}` : ''}`}>{statusNote}</p>}
    </header>
  );
}
