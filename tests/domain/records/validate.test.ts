import { describe, expect, it } from 'vitest';
import type { DatasetFileName } from '../../../src/domain/records/schema.ts';
import { formatValidationError, validateDataset } from '../../../src/domain/records/validate.ts';
import { validateDataDir } from '../../../src/tools/readDataDir.ts';
import { fixtureDataset, fixtureSourceId, fixtureSourceTexts } from '../../fixtures/dataset.ts';

type Files = Partial<Record<DatasetFileName, unknown>>;

/** The formatted error lines for a copy of the fixture after `breakIt` has changed it. */
function errorsAfter(breakIt: (data: ReturnType<typeof fixtureDataset>) => void, texts = fixtureSourceTexts()): string[] {
  const data = fixtureDataset();
  breakIt(data);
  return validateDataset(data, texts).errors.map(formatValidationError);
}

/** For breakages the record types forbid (wrong shapes, missing fields): the same, on untyped JSON. */
function errorsAfterRaw(breakIt: (data: Record<DatasetFileName, Array<Record<string, unknown>>>) => void): string[] {
  const data = fixtureDataset() as unknown as Record<DatasetFileName, Array<Record<string, unknown>>>;
  breakIt(data);
  return validateDataset(data as Files, fixtureSourceTexts()).errors.map(formatValidationError);
}

describe('validateDataset on the minimal fixture', () => {
  it('finds no errors and keeps every record', () => {
    const { errors, dataset } = validateDataset(fixtureDataset(), fixtureSourceTexts());
    expect(errors).toEqual([]);
    const fixture = fixtureDataset();
    for (const name of Object.keys(fixture) as DatasetFileName[]) {
      expect(dataset[name]).toHaveLength(fixture[name].length);
    }
  });

  it('formats an error as "file record path: message", leaving out an empty path', () => {
    expect(formatValidationError({ file: 'events.json', record: 'ev-1', path: 'date.end', message: 'bad' })).toBe(
      'events.json ev-1 date.end: bad',
    );
    expect(formatValidationError({ file: 'events.json', record: '-', path: '', message: 'file is missing' })).toBe(
      'events.json -: file is missing',
    );
  });
});

describe('validateDataset: references', () => {
  it('reports a dangling participant organisation', () => {
    expect(errorsAfter((d) => (d.events[0]!.participants[0]!.organisation = 'no-such-org'))).toEqual([
      'events.json ev-1 participants[0].organisation: unknown organisation "no-such-org"',
    ]);
  });

  it('names the kind of record a dangling id should point to', () => {
    expect(
      errorsAfter((d) => {
        d.events[0]!.people[0]!.person = 'no-such-person';
        d.events[1]!.partOf = 'no-such-event';
        d.events[1]!.delegation = 'no-such-delegation';
        d.people[0]!.organisation = 'no-such-org';
        d.organisations[0]!.parent = 'no-such-parent';
        d.delegations[0]!.members = ['no-such-member'];
        d.delegations[0]!.stops[0]!.event = 'no-such-stop-event';
        d.agreements[0]!.parties[1] = 'no-such-party';
        d.agreements[0]!.event = 'no-such-event';
      }),
    ).toEqual([
      'organisations.json aurora-oy parent: unknown organisation "no-such-parent"',
      'people.json anna-virtanen organisation: unknown organisation "no-such-org"',
      'events.json ev-1 people[0].person: unknown person "no-such-person"',
      'events.json ev-2 delegation: unknown delegation "no-such-delegation"',
      'events.json ev-2 partOf: unknown event "no-such-event"',
      'delegations.json del-1 members[0]: unknown organisation "no-such-member"',
      'delegations.json del-1 stops[0].event: unknown event "no-such-stop-event"',
      'agreements.json ag-1 parties[1]: unknown organisation "no-such-party"',
      'agreements.json ag-1 event: unknown event "no-such-event"',
    ]);
  });

  it('reports an unknown sector', () => {
    expect(errorsAfter((d) => (d.events[0]!.sectors = ['trade-investment', 'space-mining']))).toEqual([
      'events.json ev-1 sectors[1]: unknown sector "space-mining"',
    ]);
  });

  it('rejects self-references', () => {
    expect(
      errorsAfter((d) => {
        d.organisations[0]!.parent = 'aurora-oy';
        d.events[0]!.partOf = 'ev-1';
      }),
    ).toEqual([
      'organisations.json aurora-oy parent: an organisation cannot be its own parent',
      'events.json ev-1 partOf: an event cannot be part of itself',
    ]);
  });

  it('does not turn one broken record into "unknown" errors wherever it is referenced', () => {
    // aurora-oy fails the schema, but it exists: the event, delegation and agreement naming it are fine.
    expect(errorsAfter((d) => (d.organisations[0]!.country = 'fi'))).toEqual([
      'organisations.json aurora-oy country: must be an ISO 3166-1 alpha-2 code',
    ]);
  });
});

describe('validateDataset: evidence', () => {
  it('reports a quote that is not verbatim in its source', () => {
    expect(errorsAfter((d) => (d.events[0]!.evidence[0]!.quote = 'The Chengdu Commerce Bureau hosted the session'))).toEqual([
      'events.json ev-1 evidence[0].quote: quote is not verbatim in source "test-article": "The Chengdu Commerce Bureau hosted the session"',
    ]);
  });

  it('shortens a long non-verbatim quote in the message', () => {
    const quote = 'Aurora Oy presented its smart elevators to an audience of more than two hundred guests';
    expect(errorsAfter((d) => (d.organisations[0]!.evidence[0]!.quote = quote))).toEqual([
      'organisations.json aurora-oy evidence[0].quote: quote is not verbatim in source "test-article": "Aurora Oy presented its smart elevators to an audience of..."',
    ]);
  });

  it('counts spacing and pinyin residue as part of the verbatim text', () => {
    expect(
      errorsAfter((d) => {
        d.agreements[0]!.evidence[0]!.quote = 'The parties signed a cooperation agreement on site.'; // source has two spaces
        d.delegations[0]!.evidence[0]!.quote = 'In September 2025, the "Opening-Chengdu" delegation visited Helsinki';
        d.organisations[0]!.evidence[1]!.quote = '奧羅拉代表走進華西口腔醫院'; // source has 醫(yī)院
      }),
    ).toEqual([
      'organisations.json aurora-oy evidence[1].quote: quote is not verbatim in source "test-article": "奧羅拉代表走進華西口腔醫院"',
      'delegations.json del-1 evidence[0].quote: quote is not verbatim in source "test-article": "In September 2025, the "Opening-Chengdu" delegation visit..."',
      'agreements.json ag-1 evidence[0].quote: quote is not verbatim in source "test-article": "The parties signed a cooperation agreement on site."',
    ]);
  });

  it('reports a record with no evidence', () => {
    expect(errorsAfter((d) => (d.people[0]!.evidence = []))).toEqual([
      'people.json anna-virtanen evidence: every record needs at least one evidence quote',
    ]);
  });

  it('reports evidence citing an unknown source', () => {
    expect(errorsAfter((d) => (d.agreements[0]!.evidence[0]!.source = 'no-such-source'))).toEqual([
      'agreements.json ag-1 evidence[0].source: unknown source "no-such-source"',
    ]);
  });

  it('reports a source whose text file is missing, once (not once per quote)', () => {
    expect(errorsAfter(() => {}, new Map())).toEqual([`sources.json ${fixtureSourceId} file: source text sources/test-article.txt is missing`]);
  });

  it('reports an empty quote', () => {
    expect(errorsAfter((d) => (d.events[1]!.evidence[0]!.quote = ''))).toEqual([
      'events.json ev-2 evidence[0].quote: Too small: expected string to have >=1 characters',
    ]);
  });
});

describe('validateDataset: ids', () => {
  it('reports a duplicate id', () => {
    expect(errorsAfter((d) => d.organisations.push({ ...d.organisations[1]!, name: 'Another bureau' }))).toEqual([
      'organisations.json chengdu-bureau id: duplicate id "chengdu-bureau"',
    ]);
  });

  it('allows the same id in different files', () => {
    // The fixture does not use the "healthcare" sector, so renaming it breaks nothing else.
    expect(errorsAfter((d) => (d.sectors[0]!.id = 'aurora-oy'))).toEqual([]);
  });

  it('rejects an id that is not a lowercase slug, naming the record by it', () => {
    expect(errorsAfter((d) => (d.events[1]!.id = 'Ev 2'))).toEqual([
      'events.json Ev 2 id: must be a lowercase URL slug (a-z, 0-9, single hyphens)',
      'agreements.json ag-2 event: unknown event "ev-2"',
    ]);
  });

  it('names a record without an id by its index', () => {
    expect(errorsAfterRaw((d) => delete d.people[1]!.id)).toEqual([
      'people.json #1 id: Invalid input: expected string, received undefined',
    ]);
  });
});

describe('validateDataset: dates', () => {
  it('rejects a malformed date', () => {
    expect(errorsAfter((d) => (d.events[0]!.date.start = '2025-13'))).toEqual([
      'events.json ev-1 date.start: must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(errorsAfter((d) => (d.agreements[0]!.date.end = '4 Dec 2025'))).toEqual([
      'agreements.json ag-1 date.end: must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('rejects an impossible calendar date, but not 29 February in a leap year', () => {
    expect(errorsAfter((d) => (d.events[0]!.date.start = '2025-02-30'))).toEqual([
      'events.json ev-1 date.start: "2025-02-30" is not a real calendar date',
    ]);
    expect(errorsAfter((d) => (d.events[0]!.date.start = '2025-02-29'))).toEqual([
      'events.json ev-1 date.start: "2025-02-29" is not a real calendar date',
    ]);
    expect(errorsAfter((d) => (d.events[0]!.date.start = '2024-02-29'))).toEqual([]);
    expect(errorsAfter((d) => (d.events[0]!.date.start = '1900-02-29'))).toEqual([
      'events.json ev-1 date.start: "1900-02-29" is not a real calendar date',
    ]);
    expect(errorsAfter((d) => (d.events[0]!.date = { start: '2025-04-01', end: '2025-04-31' }))).toEqual([
      'events.json ev-1 date.end: "2025-04-31" is not a real calendar date',
    ]);
  });

  it('rejects an impossible publication date of a source', () => {
    expect(errorsAfter((d) => (d.sources[0]!.published.date = '2025-02-30'))).toEqual([
      'sources.json test-article published.date: "2025-02-30" is not a real calendar date',
    ]);
  });

  it('rejects an end before the start, at any precision', () => {
    expect(errorsAfter((d) => (d.events[0]!.date = { start: '2025-12-04', end: '2025-12-01' }))).toEqual([
      'events.json ev-1 date.end: end 2025-12-01 is before start 2025-12-04',
    ]);
    expect(errorsAfter((d) => (d.delegations[0]!.date = { start: '2025-09', end: '2024' }))).toEqual([
      'delegations.json del-1 date.end: end 2024 is before start 2025-09',
    ]);
    // An end that only gives the month (or year) of the start is not before it.
    expect(errorsAfter((d) => (d.events[0]!.date = { start: '2025-12-04', end: '2025-12' }))).toEqual([]);
    expect(errorsAfter((d) => (d.events[0]!.date = { start: '2025-12-04', end: '2025' }))).toEqual([]);
  });

  it('checks the dates of delegation stops too', () => {
    expect(
      errorsAfter((d) => (d.delegations[0]!.stops[0]!.date = { start: '2025-09-31', end: null })),
    ).toEqual(['delegations.json del-1 stops[0].date.start: "2025-09-31" is not a real calendar date']);
  });

  it('keeps month and day for dates whose year is not stated', () => {
    expect(errorsAfter((d) => (d.events[0]!.date = { start: '2025-12-04', month: 12 }))).toEqual([
      'events.json ev-1 date: month/day fields are only for dates whose year is unknown (start null); put them in start',
    ]);
    expect(errorsAfter((d) => (d.events[1]!.date = { start: null, end: '2025-03' }))).toEqual([
      'events.json ev-2 date.end: end is set but start is null',
    ]);
    expect(errorsAfter((d) => (d.events[1]!.date = { start: null, day: 17 }))).toEqual([
      'events.json ev-2 date.day: day given without month',
    ]);
    expect(errorsAfter((d) => (d.events[1]!.date = { start: null, month: 2, day: 30 }))).toEqual([
      'events.json ev-2 date.day: February has no day 30',
    ]);
    expect(errorsAfter((d) => (d.events[1]!.date = { start: null, month: 2, day: 29 }))).toEqual([]);
    expect(errorsAfter((d) => (d.events[1]!.date = { start: null, month: 13 }))).toEqual([
      'events.json ev-2 date.month: Too big: expected number to be <=12',
    ]);
  });
});

describe('validateDataset: countries', () => {
  it('reports an unknown country code wherever one appears', () => {
    expect(
      errorsAfter((d) => {
        d.organisations[0]!.country = 'XX';
        d.events[0]!.location.country = 'UK';
        d.delegations[0]!.from.country = 'EU';
        d.delegations[0]!.to[1]!.country = 'ZZ';
        d.delegations[0]!.stops[0]!.country = 'QQ';
      }),
    ).toEqual([
      'organisations.json aurora-oy country: unknown country code "XX"',
      'events.json ev-1 location.country: country code "UK" is not current ISO 3166-1; use "GB"',
      'delegations.json del-1 from.country: unknown country code "EU"',
      'delegations.json del-1 to[1].country: unknown country code "ZZ"',
      'delegations.json del-1 stops[0].country: unknown country code "QQ"',
    ]);
  });

  it('rejects deprecated codes and reserved regions that are not ISO 3166-1 countries', () => {
    expect(
      errorsAfter((d) => {
        d.organisations[0]!.country = 'SU';
        d.organisations[1]!.country = 'DD';
        d.organisations[2]!.country = 'IC';
      }),
    ).toEqual([
      'organisations.json aurora-oy country: country code "SU" is not current ISO 3166-1; use "RU"',
      'organisations.json chengdu-bureau country: country code "DD" is not current ISO 3166-1; use "DE"',
      'organisations.json vasteras-park country: unknown country code "IC"',
    ]);
    // Places ISO 3166-1 does assign a code of their own are fine.
    expect(errorsAfter((d) => (d.organisations[0]!.country = 'HK'))).toEqual([]);
    expect(errorsAfter((d) => (d.organisations[0]!.country = 'AX'))).toEqual([]);
  });

  it('rejects a code that is not two capital letters', () => {
    expect(errorsAfter((d) => (d.organisations[1]!.country = 'CHN'))).toEqual([
      'organisations.json chengdu-bureau country: must be an ISO 3166-1 alpha-2 code',
    ]);
  });

  it('rejects an inferred country that is not there', () => {
    expect(errorsAfter((d) => (d.organisations[3]!.countryInferred = true))).toEqual([
      'organisations.json nordic-network countryInferred: country is null, so it cannot be inferred',
    ]);
  });
});

describe('validateDataset: agreements and shapes', () => {
  it('rejects an agreement with no parties and no unnamedParties', () => {
    expect(
      errorsAfter((d) => {
        d.agreements[0]!.parties = [];
        delete d.agreements[1]!.unnamedParties;
      }),
    ).toEqual([
      'agreements.json ag-1 parties: an agreement needs named parties or an unnamedParties description',
      'agreements.json ag-2 parties: an agreement needs named parties or an unnamedParties description',
    ]);
  });

  it('rejects values outside the enums', () => {
    expect(
      errorsAfterRaw((d) => {
        d.agreements[0]!.status = 'agreed';
        (d.events[0]!.participants as Array<Record<string, unknown>>)[0]!.role = 'sponsor';
      }),
    ).toEqual([
      'events.json ev-1 participants[0].role: Invalid option: expected one of "host"|"co-host"|"organiser"|"participant"|"presenter"|"visited"|"visitor"|"speaker"|"matched"|"venue"',
      'agreements.json ag-1 status: Invalid option: expected one of "signed"|"memorandum"|"preliminary"|"planned"|"in-discussion"|"potential"',
    ]);
  });

  it('rejects a bad language tag in names', () => {
    expect(errorsAfter((d) => (d.organisations[0]!.names = { Chinese: '奧羅拉' }))).toEqual([
      'organisations.json aurora-oy names.Chinese: Invalid key in record',
    ]);
  });

  it('reports a missing or malformed file', () => {
    // Reported once: references into the missing file are not all reported as unknown ids too.
    expect(errorsAfterRaw((d) => delete (d as Partial<typeof d>).people)).toEqual(['people.json -: file is missing']);
    expect(errorsAfterRaw((d) => delete (d as Partial<typeof d>).sources)).toEqual(['sources.json -: file is missing']);
    const errors = validateDataset({ ...fixtureDataset(), sectors: { healthcare: 'Healthcare' } } as Files, fixtureSourceTexts()).errors;
    expect(errors.map(formatValidationError)).toContain('sectors.json -: must be a JSON array');
  });
});

describe('validateDataset: journeys, series, name basis and unnamed participants', () => {
  it('accepts links forward in time, on the same day, and from a record whose year is not stated', () => {
    expect(
      errorsAfter((d) => {
        d.events[0]!.follows = [{ kind: 'delegation', id: 'del-1', note: 'The visit came first.' }];
        d.agreements[0]!.follows = [{ kind: 'event', id: 'ev-1' }];
        d.events[1]!.follows = [{ kind: 'event', id: 'ev-1' }];
      }),
    ).toEqual([]);
  });

  it('reports a journey link that does not resolve', () => {
    expect(errorsAfter((d) => (d.events[0]!.follows = [{ kind: 'delegation', id: 'no-such-trip' }]))).toEqual([
      'events.json ev-1 follows[0].id: unknown delegation "no-such-trip"',
    ]);
    // The kind says which file to look in: del-1 is a delegation, not an event.
    expect(errorsAfter((d) => (d.agreements[0]!.follows = [{ kind: 'event', id: 'del-1' }]))).toEqual([
      'agreements.json ag-1 follows[0].id: unknown event "del-1"',
    ]);
  });

  it('reports a record that follows itself', () => {
    expect(errorsAfter((d) => (d.events[0]!.follows = [{ kind: 'event', id: 'ev-1' }]))).toEqual([
      'events.json ev-1 follows[0].id: a record cannot follow itself',
    ]);
  });

  it('reports a link that runs backwards in time, at the precision both dates have', () => {
    expect(errorsAfter((d) => (d.delegations[0]!.follows = [{ kind: 'event', id: 'ev-1' }]))).toEqual([
      'delegations.json del-1 follows[0]: starts 2025-09, before the event "ev-1" it follows (2025-12-04)',
    ]);
    // "2025-12" is not before "2025-12-04" at month precision.
    expect(
      errorsAfter((d) => {
        d.delegations[0]!.date = { start: '2025-12', end: null };
        d.delegations[0]!.follows = [{ kind: 'event', id: 'ev-1' }];
      }),
    ).toEqual([]);
  });

  it('reports an unknown series, and a series no event is an edition of', () => {
    expect(errorsAfter((d) => (d.events[0]!.series = 'no-such-series'))).toEqual([
      'events.json ev-1 series: unknown series "no-such-series"',
      'series.json test-dialogue: no event is an edition of this series (set events[].series)',
    ]);
  });

  it('reports two editions of a series merged onto one date', () => {
    expect(
      errorsAfter((d) => {
        d.events[1]!.series = 'test-dialogue';
        d.events[1]!.date = { start: '2025-12-04', end: null };
      }),
    ).toEqual(['series.json test-dialogue: editions "ev-1" and "ev-2" share the date 2025-12-04; one event per edition']);
  });

  it('reports a name basis that is not one of the allowed values', () => {
    expect(errorsAfterRaw((d) => (d.organisations[0]!.nameBasis = 'guessed'))).toEqual([
      'organisations.json aurora-oy nameBasis: Invalid option: expected one of "printed"|"our-translation"|"transliteration"',
    ]);
    expect(errorsAfterRaw((d) => delete d.organisations[0]!.nameBasis)).toEqual([
      'organisations.json aurora-oy nameBasis: Invalid option: expected one of "printed"|"our-translation"|"transliteration"',
    ]);
    expect(errorsAfterRaw((d) => (d.series[0]!.nameBasis = 'ours'))).toEqual([
      'series.json test-dialogue nameBasis: Invalid option: expected one of "printed"|"our-translation"|"transliteration"',
    ]);
  });

  it('checks the country codes of unnamed participants', () => {
    expect(
      errorsAfter((d) => {
        d.events[0]!.unnamedParticipants = [
          { country: 'IS', description: 'Representatives from Iceland' },
          { country: null, description: 'Guests from abroad' },
        ];
        d.agreements[1]!.unnamedParticipants = [{ country: 'UK', description: 'A British firm' }];
      }),
    ).toEqual(['agreements.json ag-2 unnamedParticipants[0].country: country code "UK" is not current ISO 3166-1; use "GB"']);
  });
});

describe('validateDataset: source standing', () => {
  it('rejects an unknown kind and a missing kindBasis', () => {
    expect(
      errorsAfterRaw((d) => {
        d.sources[0]!.kind = 'newspaper';
        delete d.sources[0]!.kindBasis;
      }),
    ).toEqual([
      'sources.json test-article kind: Invalid option: expected one of "news-outlet"|"press-release-wire"|"platform-user-upload"|"organisation-site"|"government-site"|"not-stated"',
      'sources.json test-article kindBasis: Invalid input: expected string, received undefined',
    ]);
  });

  it('rejects "not-stated" for a source that names its outlet', () => {
    expect(errorsAfter((d) => (d.sources[0]!.kind = 'not-stated'))).toEqual([
      'sources.json test-article kind: is "not-stated", but outlet is "Test Wire"',
    ]);
    expect(
      errorsAfter((d) => {
        d.sources[0]!.kind = 'not-stated';
        d.sources[0]!.outlet = null;
      }),
    ).toEqual([]);
  });
});

describe('validateDataset: glosses', () => {
  it('checks the shape of each gloss, naming it by source and quote', () => {
    expect(
      errorsAfterRaw((d) => {
        d.glosses[1]!.basis = 'machine';
        d.glosses[0]!.gloss = '';
      }),
    ).toEqual([
      'glosses.json test-article "奧羅拉代表走進華西口腔醫(yī)院" gloss: Too small: expected string to have >=1 characters',
      'glosses.json test-article "成都市商務局李娜致辭" basis: Invalid option: expected one of "parallel-text"|"our-translation"',
    ]);
  });

  it('names a gloss without a string source or quote by its index', () => {
    expect(errorsAfterRaw((d) => delete d.glosses[1]!.source)).toEqual([
      'glosses.json #1 source: Invalid input: expected string, received undefined',
    ]);
  });

  it('reports a missing glosses.json once', () => {
    expect(errorsAfterRaw((d) => delete (d as Partial<typeof d>).glosses)).toEqual(['glosses.json -: file is missing']);
  });
});

describe('validateDataset lists every error, not just the first', () => {
  it('reports several errors across files in one run, in file order', () => {
    const data = fixtureDataset();
    data.events[0]!.participants[0]!.organisation = 'no-such-org';
    data.events[0]!.date.start = '2025-02-30';
    data.events[1]!.evidence[0]!.quote = 'Companies found counterparts';
    data.organisations.push({ ...data.organisations[2]! });
    data.organisations[1]!.country = 'XX';
    data.people[1]!.evidence = [];
    data.agreements[0]!.parties = [];
    data.agreements[1]!.evidence[0]!.source = 'no-such-source';
    data.delegations[0]!.date = { start: '2025-09', end: '2025-08' };
    data.sectors.push({ id: 'healthcare', label: 'Health again' });

    const { errors, dataset } = validateDataset(data, fixtureSourceTexts());
    expect(errors.map(formatValidationError)).toEqual([
      'people.json li-na evidence: every record needs at least one evidence quote',
      'sectors.json healthcare id: duplicate id "healthcare"',
      'organisations.json vasteras-park id: duplicate id "vasteras-park"',
      'events.json ev-2 evidence[0].quote: quote is not verbatim in source "test-article": "Companies found counterparts"',
      'agreements.json ag-2 evidence[0].source: unknown source "no-such-source"',
      'organisations.json chengdu-bureau country: unknown country code "XX"',
      'events.json ev-1 participants[0].organisation: unknown organisation "no-such-org"',
      'events.json ev-1 date.start: "2025-02-30" is not a real calendar date',
      'delegations.json del-1 date.end: end 2025-08 is before start 2025-09',
      'agreements.json ag-1 parties: an agreement needs named parties or an unnamedParties description',
    ]);
    // Every error carries the file, the record id and the field path separately too.
    expect(errors[0]).toEqual({
      file: 'people.json',
      record: 'li-na',
      path: 'evidence',
      message: 'every record needs at least one evidence quote',
    });
    // Records that failed the schema are left out of the dataset; the others are kept.
    expect(dataset.people.map((p) => p.id)).toEqual(['anna-virtanen']);
    expect(dataset.events).toHaveLength(2);
  });

  it('reports every schema issue of one record', () => {
    expect(
      errorsAfterRaw((d) => {
        const event = d.events[0]!;
        event.title = '';
        event.kind = 'party';
        delete event.summary;
      }),
    ).toEqual([
      'events.json ev-1 title: Too small: expected string to have >=1 characters',
      'events.json ev-1 kind: Invalid option: expected one of "conference"|"matchmaking-session"|"roadshow"|"site-visit"|"signing"|"unveiling"|"online-conference"|"forum"|"meeting"|"exhibition"|"cultural-event"|"competition"|"other"',
      'events.json ev-1 summary: Invalid input: expected string, received undefined',
    ]);
  });
});

describe('the real data/ folder', () => {
  it('validates with zero errors', () => {
    const { errors, content } = validateDataDir('data');
    expect([...content.readErrors, ...errors.map(formatValidationError)]).toEqual([]);
  });
});
