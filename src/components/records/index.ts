/**
 * The parts of an event, delegation or agreement page: header, sections, participants, people, route, figures
 * and related records. Uses facts, organisations, sources, export and ui. Other folders import from this file
 * only.
 */
export { DelegationRoute } from './DelegationRoute.tsx';
export { FigureList } from './FigureList.tsx';
export { JourneyStrip } from './JourneyStrip.tsx';
export { ParticipantGroups } from './ParticipantGroups.tsx';
export { PeopleWithRoles } from './PeopleWithRoles.tsx';
export { DateFact, Fact, LinkedRecordFact, NotNamedIndividually, SectorsFact } from './RecordFacts.tsx';
export { RecordPageLayout } from './RecordPageLayout.tsx';
export type { RecordPageLayoutProps } from './RecordPageLayout.tsx';
export { RecordSection } from './RecordSection.tsx';
