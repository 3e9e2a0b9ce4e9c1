export function OrganisationPage() {
  return <h1>OrganisationPage</h1>;
}
