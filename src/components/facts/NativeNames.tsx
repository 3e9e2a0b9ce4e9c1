import { useT, useVocabulary } from '../i18n/index.ts';

/**
 * A record's names as the sources write them, each tagged with its language. Names equal
 * to the title shown above are left out.
 */
export function NativeNames({ names, title, className = 'native-names' }: { names: Record<string, string>; title: string; className?: string }) {
  const t = useT();
  const words = useVocabulary();
  const shown = Object.entries(names).filter(([, name]) => name !== title);
  if (shown.length === 0) return null;
  return (
    <ul className={className}>
      {shown.map(([tag, name]) => (
        <li key={tag}>
          <span className="native-names__lang">{tag === 'en' ? t('In the source') : words.language(tag)}</span>{' '}
          <span lang={tag}>{name}</span>
        </li>
      ))}
    </ul>
  );
}
