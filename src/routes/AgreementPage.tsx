export function AgreementPage() {
  return <h1>AgreementPage</h1>;
}
