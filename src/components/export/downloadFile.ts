/**
 * Save text as a file: a Blob behind an object URL, clicked through a temporary <a download>.
 * Call only from an event handler. The URL is revoked a little later rather than at once,
 * because some browsers (Firefox, Safari) read the blob after click() has returned.
 */
export const revokeDelayMs = 40_000;

export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), revokeDelayMs);
}

/**
 * A router path ("/events/x") as an absolute URL on this site, base path included. Reads
 * window.location, so call it when the user acts, never while rendering.
 */
export function absolutePageUrl(routerPath: string): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}${routerPath.replace(/^\//, '')}`;
}
