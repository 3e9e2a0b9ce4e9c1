/**
 * Lists scrolled with the page of which only the rows near the viewport are rendered (uses
 * @tanstack/react-virtual): import it only from modules loaded on demand, so pages with short lists never load it.
 */
export { useWindowedList } from './useWindowedList.ts';
