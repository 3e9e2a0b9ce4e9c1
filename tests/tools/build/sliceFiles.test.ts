/**
 * The slice files the build writes (dataFiles) are the ones the dev server answers (resolveDataFile): a slice
 * per page, and an organisation-records file, the organisation's records whole, for each organisation with
 * records (its page's Download menu fetches it).
 */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { decodeSlice } from '../../../src/domain/publish/sliceReferences.ts';
import { isRecordReference } from '../../../src/domain/publish/recordReferences.ts';
import { dataFiles, resolveDataFile, type LoadedData } from '../../../src/tools/build/datasetPlugin.ts';
import { realData, realTranslations } from '../../support/realData.ts';

const { dataset, sourceTexts } = realData();
const loaded: LoadedData = { index: indexDataset(dataset), sourceTexts, translations: new Map([['zh-Hans', realTranslations()]]) };

describe('slice files written by the build', () => {
  const written = new Map<string, string>();
  for (const [path, body] of dataFiles(loaded)) if (path.startsWith('data/slices/')) written.set(path, body as string);

  it('are what the dev server answers for the same paths', () => {
    expect(written.size).toBeGreaterThan(0);
    for (const [path, body] of written) expect(resolveDataFile(loaded, path)?.body, path).toBe(body);
  });

  it('hold, for each organisation with records and for no other, its records whole', () => {
    const withRecords = loaded.index.raw.organisations.filter((o) => (loaded.index.recordsByOrganisation.get(o.id) ?? []).length > 0);
    expect(withRecords.length).toBeLessThan(loaded.index.raw.organisations.length);
    const paths = [...written.keys()].filter((path) => path.startsWith('data/slices/organisation-records/'));
    expect(paths.sort()).toEqual(withRecords.map((o) => `data/slices/organisation-records/${o.id}.json`).sort());
    for (const organisation of loaded.index.raw.organisations) {
      if (withRecords.includes(organisation)) continue;
      expect(resolveDataFile(loaded, `data/slices/organisation-records/${organisation.id}.json`)).toBeUndefined();
    }
    for (const { id } of withRecords) {
      const slice = decodeSlice(JSON.parse(written.get(`data/slices/organisation-records/${id}.json`)!));
      // The records they link to come as references, as on the page.
      const whole = [...slice.events, ...slice.delegations, ...slice.agreements].filter((record) => !isRecordReference(record));
      expect(whole.map((r) => r.id).sort()).toEqual([...new Set((loaded.index.recordsByOrganisation.get(id) ?? []).map((l) => l.record.id))].sort());
    }
  });
});
