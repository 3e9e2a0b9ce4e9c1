export function SourcesPage() {
  return <h1>SourcesPage</h1>;
}
