export function DelegationPage() {
  return <h1>DelegationPage</h1>;
}
