// @vitest-environment node
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { FilteredViewPending } from '../../../src/components/url/FilteredViewPending.tsx';
import { LocaleProvider } from '../../../src/components/i18n/index.ts';
import { loadCatalogue } from '../../../src/domain/i18n/index.ts';
import { resetDatasetStore, useDatasetStore } from '../../../src/store/datasetStore.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { loadSectors } from '../../../src/tools/synth/write.ts';
import { realData } from '../../support/realData.ts';

/** The notice as the prerendered HTML holds it: what a reader with JavaScript off sees. */
function noticeOf(lists: 'records' | 'organisations', element = <FilteredViewPending lists={lists} />): string {
  const html = renderToStaticMarkup(element);
  return /<noscript><p class="filtered-view-notice">([^<]*)<\/p><\/noscript>/.exec(html)?.[1] ?? '';
}

afterEach(resetDatasetStore);

describe('FilteredViewPending', () => {
  it('promises every record and every organisation when the lists are short enough to be prerendered whole (the real data)', () => {
    const index = useDatasetStore.getState().setDataset(realData().dataset);
    expect(index.records.length).toBeLessThanOrEqual(150);
    expect(noticeOf('records')).toBe('Filtering needs JavaScript. With JavaScript off, this page shows every record, whatever filters its address names.');
    expect(noticeOf('organisations')).toBe('Filtering needs JavaScript. With JavaScript off, this page shows every organisation, whatever filters its address names.');
  });

  it('says only the first rows are shown when the unfiltered list is windowed (more than the thresholds: 150 records, 200 organisations)', async () => {
    const index = useDatasetStore.getState().setDataset(generateDataset({ records: 3000, seed: 3, sectors: loadSectors() }).dataset);
    expect(index.records.length).toBeGreaterThan(150);
    expect(index.raw.organisations.length).toBeGreaterThan(200);
    expect(noticeOf('records')).toBe(
      'Filtering needs JavaScript. With JavaScript off, this page shows only the first records of the full list, whatever filters its address names.',
    );
    expect(noticeOf('organisations')).toBe(
      'Filtering needs JavaScript. With JavaScript off, this page shows only the first organisations of the full list, whatever filters its address names.',
    );
    await loadCatalogue('zh-Hans');
    const chinese = noticeOf('records', <LocaleProvider locale="zh-Hans"><FilteredViewPending lists="records" /></LocaleProvider>);
    expect(chinese).toBe('筛选需要 JavaScript。关闭 JavaScript 时，无论网址中写了什么筛选条件，本页都只显示完整列表开头的一部分记录。');
  });
});
