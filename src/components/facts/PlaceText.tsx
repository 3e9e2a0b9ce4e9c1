import { CountryLabel } from '../ui/index.ts';
import { useT } from '../i18n/index.ts';

export interface PlaceParts {
  venue?: string | null;
  city?: string | null;
  region?: string | null;
  country?: string | null;
}

/** "Venue, City, Region" and the country with its flag; parts the text does not give are left out. */
export function PlaceText({ place, fallback }: { place: PlaceParts; fallback?: string }) {
  const t = useT();
  const text = [place.venue, place.city, place.region].filter(Boolean).join(', ');
  if (!text && !place.country) return <span className="muted">{fallback ?? t('Place not stated')}</span>;
  return (
    <span className="place">
      {text}
      {text && place.country && ', '}
      {place.country && <CountryLabel code={place.country} />}
    </span>
  );
}
