/**
 * When each record last changed in the data: given the successive versions of the data files
 * (oldest first, e.g. every commit that touched them), the time of the last version in which a
 * record's JSON differed from the version before. The build feeds it git history; this module
 * only compares versions, so it is testable without git.
 */

/** One version of one data file: when it was made, and its records. */
export interface DataFileVersion {
  /** ISO 8601 date-time (a commit's committer date). */
  time: string;
  /** "events.json", "organisations.json", … */
  file: string;
  records: ReadonlyArray<{ id: string }>;
}

/** "events.json:chengdu-finland-dialogue-2025-12-04" → ISO time of its last change. */
export type RecordChangeTimes = Map<string, string>;

export const historyKey = (file: string, id: string) => `${file}:${id}`;

/**
 * Walks the versions in order and remembers, per record, the time of the version that last
 * changed its JSON (key order included: a reordered field is a change in the file, and rare).
 * A record that disappears and comes back counts as changed when it comes back.
 */
export function lastChangeTimes(versions: Iterable<DataFileVersion>): RecordChangeTimes {
  const previous = new Map<string, string>();
  const changed: RecordChangeTimes = new Map();
  const presentIn = new Map<string, Set<string>>();
  for (const { time, file, records } of versions) {
    const present = new Set<string>();
    for (const record of records) {
      const key = historyKey(file, record.id);
      const json = JSON.stringify(record);
      present.add(key);
      if (previous.get(key) !== json) {
        previous.set(key, json);
        changed.set(key, time);
      }
    }
    for (const key of presentIn.get(file) ?? []) if (!present.has(key)) previous.delete(key);
    presentIn.set(file, present);
  }
  return changed;
}
