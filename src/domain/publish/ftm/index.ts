/**
 * The FollowTheMoney export (data/atlas.ftm.json): every record, article, address, membership and
 * documentation link as FtM entities, one per line. Uses dataset, records and paths. Other folders
 * import from this file only.
 */
export { ftmEntities, ftmId, ftmLines } from './entities.ts';
export type { FtmContext, FtmEntity } from './entities.ts';
