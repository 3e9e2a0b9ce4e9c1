import { CountryLabel } from '../ui/index.ts';
import { Localised, usePhrase, useT } from '../i18n/index.ts';

export interface PlaceParts {
  venue?: string | null;
  city?: string | null;
  region?: string | null;
  country?: string | null;
}

/** "Venue, City, Region" and the country with its flag; parts the text does not give are left out. */
export function PlaceText({ place, fallback }: { place: PlaceParts; fallback?: string }) {
  const t = useT();
  const phrase = usePhrase();
  const parts = [place.venue, place.city, place.region].filter((part): part is string => Boolean(part)).map(phrase);
  const text = parts.map((part) => part.text).join(t(', '));
  if (!text && !place.country) return <span className="muted">{fallback ?? t('Place not stated')}</span>;
  return (
    <span className="place">
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && t(', ')}
          <Localised value={part} />
        </span>
      ))}
      {text && place.country && t(', ')}
      {place.country && <CountryLabel code={place.country} />}
    </span>
  );
}
