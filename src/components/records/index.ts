/**
 * The parts of an event, delegation, agreement or series page: the record named in the URL, header, sections,
 * key facts, participants, people, route, figures and related records. Uses facts, organisations, sources,
 * export, ui, i18n and the store. Other folders import from this file only.
 */
export { DelegationRoute } from './DelegationRoute.tsx';
export { FigureList } from './FigureList.tsx';
export { JourneyStrip } from './JourneyStrip.tsx';
export { ParticipantGroups } from './ParticipantGroups.tsx';
export { PeopleWithRoles } from './PeopleWithRoles.tsx';
export { DateFact, Fact, LinkedRecordFact, NotNamedIndividually, SectorsFact } from './RecordFacts.tsx';
export { RecordPageLayout } from './RecordPageLayout.tsx';
export { RecordSection } from './RecordSection.tsx';
export { sharedLayoutProps, useRecordPage } from './useRecordPage.ts';
