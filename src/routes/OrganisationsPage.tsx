export function OrganisationsPage() {
  return <h1>OrganisationsPage</h1>;
}
