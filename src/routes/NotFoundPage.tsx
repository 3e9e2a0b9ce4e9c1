import { useLocation } from 'react-router';
import { NotFoundMessage } from '../components/NotFoundMessage.tsx';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return <NotFoundMessage title="Page not found" detail={`There is no page at ${pathname}.`} />;
}
