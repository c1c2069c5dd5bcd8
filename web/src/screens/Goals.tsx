export default function Goals() {
  return <p>Goals</p>;
}
